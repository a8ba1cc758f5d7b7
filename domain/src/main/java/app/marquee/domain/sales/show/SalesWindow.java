package app.marquee.domain.sales.show;

import java.time.Instant;
import java.util.Objects;

/**
 * When a show can be bought: from {@code opens} (included) to {@code closes} (excluded). By
 * default the sale closes when the show starts. In SQL: {@code opens <= now AND now < closes}.
 */
public record SalesWindow(Instant opens, Instant closes) {
    public SalesWindow {
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("a sales window opens before it closes");
        }
    }

    /** The default window: from {@code opens} until the show starts. */
    public static SalesWindow untilStart(Instant opens, Instant startsAt) {
        return new SalesWindow(opens, startsAt);
    }

    public boolean hasNotOpenedAt(Instant now) {
        return now.isBefore(opens);
    }

    public boolean isClosedAt(Instant now) {
        return !now.isBefore(closes);
    }

    public boolean isOpenAt(Instant now) {
        return !hasNotOpenedAt(now) && !isClosedAt(now);
    }
}
