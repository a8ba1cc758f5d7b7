package app.marquee.application.identity.port.in;

import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.shared.Outcome;

/** One account, for its owner or an admin. */
public interface ViewAccountQuery {
    Outcome<Account> view(AccountId id);
}
