package app.marquee.application.identity.port.in;

import app.marquee.domain.shared.Outcome;

/**
 * Exchanges an e-mail and password for a session, or, when the account has two-factor on, for a
 * challenge to answer with a code ({@link SignInResult}). A wrong password and an unknown e-mail
 * get the same answer; repeated failures for one e-mail are throttled.
 */
public interface SignInUseCase {
    Outcome<SignInResult> signIn(SignInCommand command);
}
