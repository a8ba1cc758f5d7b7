package app.marquee.application.identity.port.in;

import java.time.Instant;
import java.util.Objects;

/** A right password either opens a session, or, with two-factor on, asks for a code first. */
public sealed interface SignInResult permits SignInResult.SignedIn, SignInResult.TwoFactorRequired {

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
