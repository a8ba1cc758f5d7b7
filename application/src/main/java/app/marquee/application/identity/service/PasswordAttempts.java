package app.marquee.application.identity.service;

import app.marquee.application.identity.port.out.SignInFailuresPort;
import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.EmailAddress;
import app.marquee.domain.identity.session.SignInThrottle;
import app.marquee.domain.shared.Rejection;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Every check of a password (sign-in, password change, account deletion) first reserves an
 * attempt: in one short transaction, under a per-e-mail lock, it counts the recent failures
 * ({@link SignInThrottle}) and records this attempt as one. The slow hash check then runs
 * outside any transaction; only a correct password forgives the attempts. So parallel guesses
 * are counted one by one, on any number of instances, without holding a connection while hashing.
 */
@Singleton
public class PasswordAttempts {
    private final SignInFailuresPort failures;

    public PasswordAttempts(SignInFailuresPort failures) {
        this.failures = failures;
    }

    /** Records an attempt for the e-mail, or refuses it with the time to wait. */
    @Transactional
    public Optional<Rejection> reserve(EmailAddress email, Instant now) {
        Optional<Duration> wait = SignInThrottle.waitBeforeNextAttempt(
                failures.since(email, now.minus(SignInThrottle.WINDOW)), now);
        if (wait.isPresent()) {
            return Optional.of(Rejection.of(IdentityRejection.TOO_MANY_ATTEMPTS).withRetryAfter(wait.get()));
        }
        failures.record(email, now);
        return Optional.empty();
    }

    /** The right password was given: earlier failures no longer count. */
    @Transactional
    public void forgive(EmailAddress email) {
        failures.clear(email);
    }
}
