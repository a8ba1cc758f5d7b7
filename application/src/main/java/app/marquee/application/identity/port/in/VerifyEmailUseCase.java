package app.marquee.application.identity.port.in;

import app.marquee.domain.identity.account.Account;
import app.marquee.domain.shared.Outcome;

/**
 * The owner follows the link mailed to them: the token, good once within 24 hours, marks the
 * account's e-mail verified. An unknown, used or expired token is INVALID_VERIFICATION_TOKEN,
 * never saying which; two requests with one token at once verify once, the other is refused.
 */
public interface VerifyEmailUseCase {
    Outcome<Account> verify(String token);
}
