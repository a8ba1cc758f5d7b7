package app.marquee.application.shared;

import java.time.Instant;

/**
 * The instants a cursor may name: those PostgreSQL's {@code timestamptz} holds, with room to spare.
 * A cursor is text the caller sends back, so a forged one naming the year 300000 must be refused
 * as an invalid cursor (400), never reach a query and fail there (500).
 */
public final class StorableInstants {
    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

    private StorableInstants() {
    }

    public static boolean storable(Instant instant) {
        return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
    }
}
