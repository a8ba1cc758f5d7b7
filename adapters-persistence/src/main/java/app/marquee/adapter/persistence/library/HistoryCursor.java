package app.marquee.adapter.persistence.library;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Where a page of history ended: the last entry's time (microseconds since the epoch, as
 * PostgreSQL keeps it) and its row id, written {@code <micros>:<uuid>}.
 */
record HistoryCursor(Instant updatedAt, UUID id) {
    private static final Pattern SHAPE = Pattern.compile("-?\\d{1,19}:[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");

    static HistoryCursor after(WatchProgressRow last) {
        return new HistoryCursor(last.updatedAt(), last.id());
    }

    /** What a stored instant can be; a cursor beyond (which we never wrote) would fail in the database. */
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    String write() {
        return ChronoUnit.MICROS.between(Instant.EPOCH, updatedAt) + ":" + id;
    }

    /** Empty when the text is not a cursor {@link #write} could have produced. */
    static Optional<HistoryCursor> read(String text) {
        if (!SHAPE.matcher(text).matches()) {
            return Optional.empty();
        }
        int colon = text.indexOf(':');
        try {
            Instant at = Instant.EPOCH.plus(Long.parseLong(text.substring(0, colon)), ChronoUnit.MICROS);
            if (at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
                return Optional.empty();
            }
            return Optional.of(new HistoryCursor(at, UUID.fromString(text.substring(colon + 1))));
        } catch (RuntimeException outOfRange) {
            return Optional.empty();
        }
    }
}
