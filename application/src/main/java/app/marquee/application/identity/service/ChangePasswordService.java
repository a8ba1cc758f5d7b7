package app.marquee.application.identity.service;

import app.marquee.application.identity.port.in.ChangePasswordCommand;
import app.marquee.application.identity.port.in.ChangePasswordUseCase;
import app.marquee.application.identity.port.out.HashPasswordPort;
import app.marquee.application.identity.port.out.SaveAccountPort;
import app.marquee.application.identity.port.out.SaveSessionPort;
import app.marquee.application.identity.port.out.SignInChallengesPort;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.account.PasswordHash;
import app.marquee.domain.identity.account.PasswordPolicy;
import app.marquee.domain.identity.session.RevocationReason;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The current password is checked like a sign-in (throttled), the new one hashed outside the
 * transaction; then, in one transaction, the hash replaced, the account's sign-in challenges
 * (issued against the old password) discarded, then the other sessions revoked (in that order:
 * see {@link CompletePasswordResetService}).
 */
@Singleton
public class ChangePasswordService implements ChangePasswordUseCase {
    private final PasswordConfirmation confirmation;
    private final SaveAccountPort saveAccount;
    private final SaveSessionPort sessions;
    private final SignInChallengesPort challenges;
    private final HashPasswordPort hasher;
    private final PasswordPolicy passwordPolicy;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ChangePasswordService(PasswordConfirmation confirmation, SaveAccountPort saveAccount,
                                 SaveSessionPort sessions, SignInChallengesPort challenges, HashPasswordPort hasher, PasswordPolicy passwordPolicy,
                                 UnitOfWork unitOfWork, Clock clock) {
        this.confirmation = confirmation;
        this.saveAccount = saveAccount;
        this.sessions = sessions;
        this.challenges = challenges;
        this.hasher = hasher;
        this.passwordPolicy = passwordPolicy;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Outcome<Account> change(ChangePasswordCommand command) {
        Instant now = clock.instant();
        return confirmation.confirm(command.accountId(), command.currentPassword(), "currentPassword", now)
                .flatMap(account -> replace(account, command, now));
    }

    private Outcome<Account> replace(Account account, ChangePasswordCommand command, Instant now) {
        Optional<Rejection> weak = passwordPolicy.assess(command.newPassword(), account.email(), "newPassword");
        if (weak.isPresent()) {
            return Outcome.rejected(weak.get());
        }
        PasswordHash newHash = hasher.hash(command.newPassword());
        return unitOfWork.run(() -> {
            account.changePasswordHash(newHash, now);
            Outcome<Account> saved = saveAccount.update(account);
            if (saved.isAccepted()) {
                challenges.discardOf(account.id());
                sessions.revokeAll(account.id(), Optional.of(command.currentSession()),
                        RevocationReason.PASSWORD_CHANGED, now);
            }
            return saved;
        });
    }
}
