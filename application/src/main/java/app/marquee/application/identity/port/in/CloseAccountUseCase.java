package app.marquee.application.identity.port.in;

import app.marquee.domain.identity.account.Account;
import app.marquee.domain.shared.Outcome;

/**
 * The owner deletes their account, confirming with the password: it is disabled at once, every
 * session is revoked, and its personal data is anonymised after the grace period.
 */
public interface CloseAccountUseCase {
    Outcome<Account> close(CloseAccountCommand command);
}
