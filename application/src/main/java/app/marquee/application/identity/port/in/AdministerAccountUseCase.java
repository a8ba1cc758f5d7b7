package app.marquee.application.identity.port.in;

import app.marquee.domain.identity.account.Account;
import app.marquee.domain.shared.Outcome;

/**
 * An admin changes an account's role or disables it. Disabling signs it out everywhere; the last
 * active admin can be neither demoted nor disabled.
 */
public interface AdministerAccountUseCase {
    Outcome<Account> administer(AdministerAccountCommand command);
}
