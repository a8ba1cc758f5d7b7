package app.marquee.application.identity.port.in;

import app.marquee.domain.shared.Outcome;

import java.time.Instant;
import java.util.Objects;

/**
 * Exchanges an e-mail and password for a session, or, when the account has two-factor on, for a
 * challenge to answer with a code ({@link SignInResult}). A wrong password and an unknown e-mail
 * get the same answer; repeated failures for one e-mail are throttled.
 */
public interface SignInUseCase {
    Outcome<SignInResult> signIn(SignInCommand command);

    /** A right password either opens a session, or, with two-factor on, asks for a code first. */
    sealed interface SignInResult permits SignInResult.SignedIn, SignInResult.TwoFactorRequired {

        record SignedIn(SessionTokens tokens) implements SignInResult {
            public SignedIn {
                Objects.requireNonNull(tokens, "tokens");
            }
        }

        /** Answer {@code challenge} with a code before {@code expiresAt} (AnswerSignInChallengeUseCase). */
        record TwoFactorRequired(String challenge, Instant expiresAt) implements SignInResult {
            public TwoFactorRequired {
                Objects.requireNonNull(challenge, "challenge");
                Objects.requireNonNull(expiresAt, "expiresAt");
            }

            @Override
            public String toString() {
                return "TwoFactorRequired[" + expiresAt + "]";
            }
        }
    }
}
