package app.marquee.application.identity.service;

import app.marquee.application.identity.port.in.AnonymiseClosedAccountsUseCase;
import app.marquee.application.identity.port.out.SaveAccountPort;
import app.marquee.application.identity.port.out.SearchAccountsPort;
import app.marquee.domain.identity.account.Account;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;

@Singleton
public class AnonymiseClosedAccountsService implements AnonymiseClosedAccountsUseCase {
    static final int BATCH = 200;
    private final SearchAccountsPort search;
    private final SaveAccountPort saveAccount;
    private final Clock clock;

    public AnonymiseClosedAccountsService(SearchAccountsPort search, SaveAccountPort saveAccount, Clock clock) {
        this.search = search;
        this.saveAccount = saveAccount;
        this.clock = clock;
    }

    /** One batch per call; an account updated concurrently by another instance is left for that one. */
    @Override
    @Transactional
    public int anonymiseDue() {
        Instant now = clock.instant();
        int done = 0;
        for (Account account : search.closedBefore(now.minus(Account.DELETION_GRACE), BATCH)) {
            account.anonymise(now);
            if (saveAccount.update(account).isAccepted()) {
                done++;
            }
        }
        return done;
    }
}
