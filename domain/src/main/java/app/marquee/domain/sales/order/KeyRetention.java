package app.marquee.domain.sales.order;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the Idempotency-Key of a finished order request is kept: at least 24 hours (a client
 * may retry a request for a day and must get the same answer, never a second charge).
 */
public record KeyRetention(Duration kept) {
    public static final Duration MINIMUM = Duration.ofHours(24);
    public static final KeyRetention DEFAULT = new KeyRetention(Duration.ofHours(48));

    public KeyRetention {
        Objects.requireNonNull(kept, "kept");
        if (kept.compareTo(MINIMUM) < 0) {
            throw new IllegalArgumentException("Idempotency-Keys are kept 24 hours at least, not " + kept);
        }
    }
}
