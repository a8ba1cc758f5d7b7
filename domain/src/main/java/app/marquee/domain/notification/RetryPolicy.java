package app.marquee.domain.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When to try a message again after a failed attempt. A permanent failure (the channel refused the
 * address, say) or the last of {@code maxAttempts} makes the message DEAD. Otherwise the wait
 * doubles with each attempt from {@code base}, never beyond {@code cap}, and is spread with
 * "equal jitter": somewhere between half of it and all of it, so that many messages failing at
 * once (a mail server down) do not all come back at the same moment.
 */
public record RetryPolicy(Duration base, Duration cap, int maxAttempts) {

    public RetryPolicy {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(cap, "cap");
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("the base wait is positive and the cap at least the base");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
    }

    /** What follows a failure. */
    public sealed interface NextStep permits TryAgainAt, GiveUp {
    }

    public record TryAgainAt(Instant at) implements NextStep {
        public TryAgainAt {
            Objects.requireNonNull(at, "at");
        }
    }

    public record GiveUp() implements NextStep {
    }

    /**
     * After the attempt numbered {@code attemptsMade} (1 for the first) failed at {@code now}:
     * {@code jitter} is a random number in [0, 1) that places the wait within its spread.
     */
    public NextStep afterFailure(int attemptsMade, boolean retryable, Instant now, double jitter) {
        if (attemptsMade < 1) {
            throw new IllegalArgumentException("a failure follows an attempt");
        }
        if (jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("jitter lies in [0, 1)");
        }
        if (!retryable || attemptsMade >= maxAttempts) {
            return new GiveUp();
        }
        long full = backoff(attemptsMade).toMillis();
        long half = full / 2;
        return new TryAgainAt(now.plusMillis(half + (long) (jitter * (full - half))));
    }

    /** The wait before jitter: base x 2^(attempts - 1), capped (no overflow however many attempts). */
    Duration backoff(int attemptsMade) {
        int doublings = Math.min(attemptsMade - 1, 62);
        long baseMillis = base.toMillis();
        long capMillis = cap.toMillis();
        if (doublings >= 62 || baseMillis > (capMillis >> doublings)) {
            return cap;
        }
        return Duration.ofMillis(Math.min(capMillis, baseMillis << doublings));
    }
}
