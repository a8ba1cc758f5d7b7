package app.marquee.application.identity.service;

import app.marquee.application.identity.port.in.SessionTokens;
import app.marquee.application.identity.port.in.SignInCommand;
import app.marquee.application.identity.port.in.SignInUseCase;
import app.marquee.application.identity.port.out.HashPasswordPort;
import app.marquee.application.identity.port.out.HashPasswordPort.PasswordMatch;
import app.marquee.application.identity.port.out.LoadAccountPort;
import app.marquee.application.identity.port.out.SaveAccountPort;
import app.marquee.application.identity.port.out.SignInFailuresPort;
import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.account.EmailAddress;
import app.marquee.domain.identity.session.SignInThrottle;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

@Singleton
public class SignInService implements SignInUseCase {
    private final LoadAccountPort accounts;
    private final SaveAccountPort saveAccount;
    private final SignInFailuresPort failures;
    private final HashPasswordPort hasher;
    private final SessionOpener sessions;
    private final Clock clock;

    public SignInService(LoadAccountPort accounts, SaveAccountPort saveAccount, SignInFailuresPort failures,
                         HashPasswordPort hasher, SessionOpener sessions, Clock clock) {
        this.accounts = accounts;
        this.saveAccount = saveAccount;
        this.failures = failures;
        this.hasher = hasher;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<SessionTokens> signIn(SignInCommand command) {
        if (!EmailAddress.isValid(command.email())) {
            hasher.verifyNothing(command.password());
            return Outcome.rejected(IdentityRejection.INVALID_CREDENTIALS);
        }
        EmailAddress email = new EmailAddress(command.email());
        Instant now = clock.instant();
        Optional<Duration> wait = SignInThrottle.waitBeforeNextAttempt(
                failures.since(email, now.minus(SignInThrottle.WINDOW)), now);
        if (wait.isPresent()) {
            return Outcome.rejected(Rejection.of(IdentityRejection.TOO_MANY_ATTEMPTS).withRetryAfter(wait.get()));
        }
        Optional<Account> found = accounts.byEmail(email);
        PasswordMatch match = found.map(account -> hasher.verify(command.password(), account.passwordHash()))
                .orElseGet(() -> {
                    hasher.verifyNothing(command.password());
                    return PasswordMatch.MISMATCH;
                });
        if (!match.matches()) {
            failures.record(email, now);
            return Outcome.rejected(IdentityRejection.INVALID_CREDENTIALS);
        }
        Account account = found.get();
        Optional<IdentityRejection> blocker = account.signInBlocker();
        if (blocker.isPresent()) {
            return Outcome.rejected(blocker.get());
        }
        failures.clear(email);
        if (match == PasswordMatch.MATCH_NEEDS_REHASH) {
            account.changePasswordHash(hasher.hash(command.password()), now);
            Outcome<Account> saved = saveAccount.update(account);
            if (saved instanceof Outcome.Accepted<Account> accepted) {
                account = accepted.value();
            }
        }
        return Outcome.accepted(sessions.open(account, now));
    }
}
