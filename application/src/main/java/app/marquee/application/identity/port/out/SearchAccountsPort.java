package app.marquee.application.identity.port.out;

import app.marquee.domain.identity.account.Account;

import java.time.Instant;
import java.util.List;

/** The admin's view over all accounts, and the lists scheduled jobs work through. */
public interface SearchAccountsPort {
    /** Accounts matching the filter, ordered by e-mail, after the filter's cursor; at most {@code max}. */
    List<Account> search(AccountFilter filter, int max);

    /**
     * Locks the active admins' rows until the transaction ends and says how many there are, so two
     * admins demoting each other at once are serialised and the second sees the first's change.
     */
    long lockActiveAdmins();

    /** Closed accounts whose owner deleted them at or before {@code closedBefore}; at most {@code max}. */
    List<Account> closedBefore(Instant closedBefore, int max);
}
