package app.marquee.domain.identity.twofactor;

import java.time.Duration;
import java.time.Instant;

/**
 * A 30-second window of RFC 6238: the counter a TOTP code is computed from. A code is taken for
 * the current step and its neighbours (clocks drift), so each code lives about 90 seconds.
 */
public record TimeStep(long value) {
    public static final Duration LENGTH = Duration.ofSeconds(30);

    public TimeStep {
        if (value < 0) {
            throw new IllegalArgumentException("time steps count from the epoch");
        }
    }

    public static TimeStep at(Instant instant) {
        return new TimeStep(instant.getEpochSecond() / LENGTH.getSeconds());
    }

    public Instant start() {
        return Instant.ofEpochSecond(value * LENGTH.getSeconds());
    }

    public boolean isAfter(TimeStep other) {
        return value > other.value;
    }
}
