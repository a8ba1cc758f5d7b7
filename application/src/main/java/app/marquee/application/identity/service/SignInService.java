package app.marquee.application.identity.service;

import app.marquee.application.identity.port.in.SignInUseCase.SignInResult;
import app.marquee.application.identity.port.in.SignInCommand;
import app.marquee.application.identity.port.in.SignInUseCase;
import app.marquee.application.identity.port.out.HashPasswordPort;
import app.marquee.application.identity.port.out.HashPasswordPort.PasswordMatch;
import app.marquee.application.identity.port.out.LoadAccountPort;
import app.marquee.application.identity.port.out.SaveAccountPort;
import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.account.EmailAddress;
import app.marquee.domain.identity.account.PasswordHash;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Not transactional as a whole: the password hash is checked between two short transactions. With
 * two-factor on, a right password opens no session: it issues a challenge, and the attempt stays
 * counted by the throttle until the challenge is answered with a right code.
 */
@Singleton
public class SignInService implements SignInUseCase {
    private final LoadAccountPort accounts;
    private final SaveAccountPort saveAccount;
    private final PasswordAttempts attempts;
    private final HashPasswordPort hasher;
    private final SessionOpener sessions;
    private final SecondFactorGate secondFactor;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public SignInService(LoadAccountPort accounts, SaveAccountPort saveAccount, PasswordAttempts attempts,
                         HashPasswordPort hasher, SessionOpener sessions, SecondFactorGate secondFactor,
                         UnitOfWork unitOfWork, Clock clock) {
        this.accounts = accounts;
        this.saveAccount = saveAccount;
        this.attempts = attempts;
        this.hasher = hasher;
        this.sessions = sessions;
        this.secondFactor = secondFactor;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Outcome<SignInResult> signIn(SignInCommand command) {
        if (!EmailAddress.isValid(command.email())) {
            hasher.verifyNothing(command.password());
            return Outcome.rejected(IdentityRejection.INVALID_CREDENTIALS);
        }
        EmailAddress email = new EmailAddress(command.email());
        Instant now = clock.instant();
        Optional<Rejection> throttled = attempts.reserve(email, now);
        if (throttled.isPresent()) {
            return Outcome.rejected(throttled.get());
        }
        Optional<Account> found = accounts.byEmail(email);
        PasswordMatch match = found.map(account -> hasher.verify(command.password(), account.passwordHash()))
                .orElseGet(() -> {
                    hasher.verifyNothing(command.password());
                    return PasswordMatch.MISMATCH;
                });
        if (!match.matches()) {
            return Outcome.rejected(IdentityRejection.INVALID_CREDENTIALS);
        }
        Account account = found.get();
        Optional<IdentityRejection> blocker = account.signInBlocker();
        if (blocker.isPresent()) {
            attempts.forgive(email);
            return Outcome.rejected(blocker.get());
        }
        Optional<PasswordHash> upgrade = match == PasswordMatch.MATCH_NEEDS_REHASH
                ? Optional.of(hasher.hash(command.password())) : Optional.empty();
        SignInResult result = unitOfWork.run(() -> {
            Account current = upgraded(account, upgrade, now);
            return secondFactor.challenge(current, now)
                    .orElseGet(() -> new SignInResult.SignedIn(sessions.open(current, now)));
        });
        if (result instanceof SignInResult.SignedIn) {
            attempts.forgive(email);
        }
        return Outcome.accepted(result);
    }

    /** Replaces a hash made with old parameters (or imported as bcrypt) now that the password is known. */
    private Account upgraded(Account account, Optional<PasswordHash> upgrade, Instant now) {
        if (upgrade.isEmpty()) {
            return account;
        }
        account.changePasswordHash(upgrade.get(), now);
        Outcome<Account> saved = saveAccount.update(account);
        return saved instanceof Outcome.Accepted<Account> accepted ? accepted.value() : account;
    }
}
