package app.marquee.application.identity.service;

import app.marquee.application.identity.port.in.CloseAccountCommand;
import app.marquee.application.identity.port.in.CloseAccountUseCase;
import app.marquee.application.identity.port.out.SaveAccountPort;
import app.marquee.application.identity.port.out.SaveSessionPort;
import app.marquee.application.identity.port.out.SearchAccountsPort;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.account.AdminSuccession;
import app.marquee.domain.identity.session.RevocationReason;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The password is checked like a sign-in (throttled) outside the transaction; the closing itself
 * runs in one, with the active admins locked so the last admin cannot leave.
 */
@Singleton
public class CloseAccountService implements CloseAccountUseCase {
    private final PasswordConfirmation confirmation;
    private final SaveAccountPort saveAccount;
    private final SearchAccountsPort search;
    private final SaveSessionPort sessions;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public CloseAccountService(PasswordConfirmation confirmation, SaveAccountPort saveAccount,
                               SearchAccountsPort search, SaveSessionPort sessions, UnitOfWork unitOfWork,
                               Clock clock) {
        this.confirmation = confirmation;
        this.saveAccount = saveAccount;
        this.search = search;
        this.sessions = sessions;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Outcome<Account> close(CloseAccountCommand command) {
        Instant now = clock.instant();
        return confirmation.confirm(command.accountId(), command.password(), "password", now)
                .flatMap(account -> unitOfWork.run(() -> closeKeepingAnAdmin(account, now)));
    }

    private Outcome<Account> closeKeepingAnAdmin(Account account, Instant now) {
        boolean wasActiveAdmin = account.isActiveAdmin();
        long activeAdmins = wasActiveAdmin ? search.lockActiveAdmins() : 0;
        Outcome<Account> closed = account.close(now);
        if (!closed.isAccepted()) {
            return closed;
        }
        Optional<Rejection> lastAdmin = AdminSuccession.check(wasActiveAdmin, account, activeAdmins);
        if (lastAdmin.isPresent()) {
            return Outcome.rejected(lastAdmin.get());
        }
        return saveAccount.update(account).map(saved -> {
            sessions.revokeAll(saved.id(), Optional.empty(), RevocationReason.ACCOUNT_CLOSED, now);
            return saved;
        });
    }
}
