package app.marquee.application.identity.service;

import app.marquee.application.identity.port.in.AnonymiseClosedAccountsUseCase;
import app.marquee.application.identity.port.out.ForgetOutboxMessagesPort;
import app.marquee.application.identity.port.out.ForgetViewerPort;
import app.marquee.application.identity.port.out.SaveAccountPort;
import app.marquee.application.identity.port.out.SearchAccountsPort;
import app.marquee.domain.identity.account.Account;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;

/**
 * Anonymises closed accounts whose grace period is over, a batch at a time, and erases each one's
 * library ({@link ForgetViewerPort}) and outbox messages ({@link ForgetOutboxMessagesPort}) in the
 * same transaction. Until then a closed account's
 * library stays as it was, its public reviews included: closing starts the grace period, the
 * anonymisation ends it.
 */
@Singleton
public class AnonymiseClosedAccountsService implements AnonymiseClosedAccountsUseCase {
    static final int BATCH = 200;
    private final SearchAccountsPort search;
    private final SaveAccountPort saveAccount;
    private final ForgetViewerPort forgetViewer;
    private final ForgetOutboxMessagesPort forgetMessages;
    private final Clock clock;

    public AnonymiseClosedAccountsService(SearchAccountsPort search, SaveAccountPort saveAccount,
                                          ForgetViewerPort forgetViewer, ForgetOutboxMessagesPort forgetMessages,
                                          Clock clock) {
        this.search = search;
        this.saveAccount = saveAccount;
        this.forgetViewer = forgetViewer;
        this.forgetMessages = forgetMessages;
        this.clock = clock;
    }

    /**
     * One batch per call; an account updated concurrently by another instance is left for that one,
     * library and messages included: only an account this run anonymised has them erased.
     */
    @Override
    @Transactional
    public int anonymiseDue() {
        Instant now = clock.instant();
        int done = 0;
        for (Account account : search.closedBefore(now.minus(Account.DELETION_GRACE), BATCH)) {
            account.anonymise(now);
            if (saveAccount.update(account).isAccepted()) {
                forgetViewer.forget(account.id());
                forgetMessages.forgetMessagesOf(account.id());
                done++;
            }
        }
        return done;
    }
}
