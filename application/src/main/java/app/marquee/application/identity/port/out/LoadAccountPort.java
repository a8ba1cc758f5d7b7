package app.marquee.application.identity.port.out;

import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.EmailAddress;

import java.util.Optional;

/** Finds one account by its id or by its (normalised) e-mail. */
public interface LoadAccountPort {
    Optional<Account> byId(AccountId id);

    Optional<Account> byEmail(EmailAddress email);
}
