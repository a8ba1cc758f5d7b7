package app.marquee.application.identity.service;

import app.marquee.application.identity.port.in.AdministerAccountCommand;
import app.marquee.application.identity.port.in.AdministerAccountUseCase;
import app.marquee.application.identity.port.out.LoadAccountPort;
import app.marquee.application.identity.port.out.SaveAccountPort;
import app.marquee.application.identity.port.out.SaveSessionPort;
import app.marquee.application.identity.port.out.SearchAccountsPort;
import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.account.AccountStatus;
import app.marquee.domain.identity.account.AdminSuccession;
import app.marquee.domain.identity.session.RevocationReason;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

@Singleton
public class AdministerAccountService implements AdministerAccountUseCase {
    private final LoadAccountPort accounts;
    private final SaveAccountPort saveAccount;
    private final SearchAccountsPort search;
    private final SaveSessionPort sessions;
    private final Clock clock;

    public AdministerAccountService(LoadAccountPort accounts, SaveAccountPort saveAccount, SearchAccountsPort search,
                                    SaveSessionPort sessions, Clock clock) {
        this.accounts = accounts;
        this.saveAccount = saveAccount;
        this.search = search;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<Account> administer(AdministerAccountCommand command) {
        Optional<Account> found = accounts.byId(command.target());
        if (found.isEmpty()) {
            return Outcome.rejected(IdentityRejection.ACCOUNT_NOT_FOUND);
        }
        Account account = found.get();
        boolean wasActiveAdmin = account.isActiveAdmin();
        Instant now = clock.instant();
        command.role().ifPresent(role -> account.assign(role, now));
        command.emailVerified().ifPresent(verified -> {
            if (verified) {
                account.markEmailVerified(now);
            } else {
                account.markEmailUnverified(now);
            }
        });
        if (command.disabled().isPresent()) {
            Outcome<Account> toggled = account.setDisabled(command.disabled().get(), now);
            if (!toggled.isAccepted()) {
                return toggled;
            }
        }
        Optional<Rejection> lastAdmin = AdminSuccession.check(wasActiveAdmin, account,
                wasActiveAdmin ? search.lockActiveAdmins() : 0);
        if (lastAdmin.isPresent()) {
            return Outcome.rejected(lastAdmin.get());
        }
        Outcome<Account> saved = saveAccount.update(account);
        if (saved.isAccepted() && account.status() == AccountStatus.DISABLED) {
            sessions.revokeAll(account.id(), Optional.empty(), RevocationReason.ACCOUNT_DISABLED, now);
        }
        return saved;
    }
}
