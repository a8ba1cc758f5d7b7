package app.marquee.domain.sales.screening;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long a screening keeps its room: the trailers before the film, the film's runtime, then the
 * cleaning before the next audience comes in. Both buffers are the cinema's configuration.
 */
public record ScreeningTimes(Duration trailers, Duration cleaning) {
    public ScreeningTimes {
        Objects.requireNonNull(trailers, "trailers");
        Objects.requireNonNull(cleaning, "cleaning");
        if (trailers.isNegative() || cleaning.isNegative()) {
            throw new IllegalArgumentException("trailers and cleaning are not negative");
        }
    }

    /** When the room is free again after a screening of this runtime starting then. */
    public Instant end(Instant start, Duration runtime) {
        if (runtime.isNegative() || runtime.isZero()) {
            throw new IllegalArgumentException("a film runs for some time");
        }
        return start.plus(trailers).plus(runtime).plus(cleaning);
    }
}
