package app.marquee.application.identity.service;

import app.marquee.application.identity.port.in.CloseAccountCommand;
import app.marquee.application.identity.port.in.CloseAccountUseCase;
import app.marquee.application.identity.port.out.HashPasswordPort;
import app.marquee.application.identity.port.out.LoadAccountPort;
import app.marquee.application.identity.port.out.SaveAccountPort;
import app.marquee.application.identity.port.out.SaveSessionPort;
import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.session.RevocationReason;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

@Singleton
public class CloseAccountService implements CloseAccountUseCase {
    private final LoadAccountPort accounts;
    private final SaveAccountPort saveAccount;
    private final SaveSessionPort sessions;
    private final HashPasswordPort hasher;
    private final Clock clock;

    public CloseAccountService(LoadAccountPort accounts, SaveAccountPort saveAccount, SaveSessionPort sessions,
                               HashPasswordPort hasher, Clock clock) {
        this.accounts = accounts;
        this.saveAccount = saveAccount;
        this.sessions = sessions;
        this.hasher = hasher;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<Account> close(CloseAccountCommand command) {
        Optional<Account> found = accounts.byId(command.accountId());
        if (found.isEmpty()) {
            return Outcome.rejected(IdentityRejection.ACCOUNT_NOT_FOUND);
        }
        Account account = found.get();
        if (!hasher.verify(command.password(), account.passwordHash()).matches()) {
            return Outcome.rejected(Rejection.onField(IdentityRejection.WRONG_PASSWORD, "password"));
        }
        Instant now = clock.instant();
        return account.close(now).flatMap(saveAccount::update).map(closed -> {
            sessions.revokeAll(closed.id(), Optional.empty(), RevocationReason.ACCOUNT_CLOSED, now);
            return closed;
        });
    }
}
