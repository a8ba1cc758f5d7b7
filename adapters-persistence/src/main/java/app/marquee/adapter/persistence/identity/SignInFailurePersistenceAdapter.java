package app.marquee.adapter.persistence.identity;

import app.marquee.application.identity.port.out.SignInFailuresPort;
import app.marquee.domain.identity.account.EmailAddress;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Failed sign-ins in PostgreSQL, so that every instance counts the same attempts. Only recent
 * failures matter to the throttle, so recording one also forgets those older than
 * {@link #KEPT_FOR}, far longer than the throttle's window, and the table stays small. Reading
 * the count takes a per-e-mail advisory lock held to the end of the sign-in's transaction, so
 * parallel guesses at one account (on any instance) are counted one after another, not all at once.
 */
@Singleton
public class SignInFailurePersistenceAdapter implements SignInFailuresPort {
    static final Duration KEPT_FOR = Duration.ofDays(1);
    private final SignInFailureRepository failures;

    SignInFailurePersistenceAdapter(SignInFailureRepository failures) {
        this.failures = failures;
    }

    @Override
    public List<Instant> since(EmailAddress email, Instant from) {
        failures.lockEmail(email.value());
        return failures.findFailedAtByEmailAndFailedAtGreaterThanOrderByFailedAt(email.value(), from);
    }

    @Override
    public void record(EmailAddress email, Instant at) {
        failures.deleteByFailedAtLessThan(at.minus(KEPT_FOR));
        failures.save(new SignInFailureRow(null, email.value(), at));
    }

    @Override
    public void clear(EmailAddress email) {
        failures.deleteByEmail(email.value());
    }
}
