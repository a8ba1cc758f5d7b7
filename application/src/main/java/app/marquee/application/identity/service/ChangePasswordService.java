package app.marquee.application.identity.service;

import app.marquee.application.identity.port.in.ChangePasswordCommand;
import app.marquee.application.identity.port.in.ChangePasswordUseCase;
import app.marquee.application.identity.port.out.CommonPasswordsPort;
import app.marquee.application.identity.port.out.HashPasswordPort;
import app.marquee.application.identity.port.out.LoadAccountPort;
import app.marquee.application.identity.port.out.SaveAccountPort;
import app.marquee.application.identity.port.out.SaveSessionPort;
import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.account.PasswordPolicy;
import app.marquee.domain.identity.session.RevocationReason;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

@Singleton
public class ChangePasswordService implements ChangePasswordUseCase {
    private final LoadAccountPort accounts;
    private final SaveAccountPort saveAccount;
    private final SaveSessionPort sessions;
    private final HashPasswordPort hasher;
    private final PasswordPolicy passwordPolicy;
    private final Clock clock;

    public ChangePasswordService(LoadAccountPort accounts, SaveAccountPort saveAccount, SaveSessionPort sessions,
                                 HashPasswordPort hasher, CommonPasswordsPort commonPasswords, Clock clock) {
        this.accounts = accounts;
        this.saveAccount = saveAccount;
        this.sessions = sessions;
        this.hasher = hasher;
        this.passwordPolicy = new PasswordPolicy(commonPasswords::isCommon);
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<Account> change(ChangePasswordCommand command) {
        Optional<Account> found = accounts.byId(command.accountId());
        if (found.isEmpty()) {
            return Outcome.rejected(IdentityRejection.ACCOUNT_NOT_FOUND);
        }
        Account account = found.get();
        if (!hasher.verify(command.currentPassword(), account.passwordHash()).matches()) {
            return Outcome.rejected(Rejection.onField(IdentityRejection.WRONG_PASSWORD, "currentPassword"));
        }
        Optional<Rejection> weak = passwordPolicy.assess(command.newPassword(), account.email(), "newPassword");
        if (weak.isPresent()) {
            return Outcome.rejected(weak.get());
        }
        Instant now = clock.instant();
        account.changePasswordHash(hasher.hash(command.newPassword()), now);
        Outcome<Account> saved = saveAccount.update(account);
        if (saved.isAccepted()) {
            sessions.revokeAll(account.id(), Optional.of(command.currentSession()), RevocationReason.PASSWORD_CHANGED,
                    now);
        }
        return saved;
    }
}
