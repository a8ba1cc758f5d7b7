package app.marquee.application.identity.port.in;

import app.marquee.domain.shared.Outcome;

/**
 * Exchanges an e-mail and password for a session. A wrong password and an unknown e-mail get
 * the same answer; repeated failures for one e-mail are throttled.
 */
public interface SignInUseCase {
    Outcome<SessionTokens> signIn(SignInCommand command);
}
