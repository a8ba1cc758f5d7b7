package app.marquee.domain.sales.order;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a payment attempt may stay PENDING before Marquee asks the provider itself what became
 * of it (2 minutes by default): longer than any charge takes, so a request still waiting for its
 * answer is left to finish.
 */
public record SettleAfter(Duration delay) {
    public static final SettleAfter DEFAULT = new SettleAfter(Duration.ofMinutes(2));

    public SettleAfter {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative() || delay.isZero()) {
            throw new IllegalArgumentException("a settling delay is positive");
        }
    }
}
