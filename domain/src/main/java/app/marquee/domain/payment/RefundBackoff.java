package app.marquee.domain.payment;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When a refund the provider could not take (an outage, a timeout) is asked again: {@code first}
 * after the first failure, twice as long after each further one, never more than {@code longest}
 * apart. Asking again is safe (the refund's idempotency key never refunds twice); waiting longer
 * each time spares a provider that is down.
 */
public record RefundBackoff(Duration first, Duration longest) {
    public RefundBackoff {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(longest, "longest");
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0) {
            throw new IllegalArgumentException("a backoff waits a positive time, the longest at least the first");
        }
    }

    /** When to ask again after {@code failures} failed tries (1 or more), the last one at {@code now}. */
    public Instant nextTry(int failures, Instant now) {
        if (failures < 1) {
            throw new IllegalArgumentException("a backoff follows a failure");
        }
        Duration wait = first;
        for (int i = 1; i < failures && wait.compareTo(longest) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return now.plus(wait.compareTo(longest) > 0 ? longest : wait);
    }
}
