package app.marquee.domain.sales.screening;

import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.sales.venue.VenueId;

import java.time.Instant;
import java.util.Objects;

/**
 * A film of the catalog shown in a cinema room. It holds the room over [start, end): the end is
 * exclusive, so the next screening may start at that very instant.
 */
public record Screening(ScreeningId id, VenueId room, TitleId title, Instant start, Instant end,
                        ScreeningVersion version, Projection projection) {
    public Screening {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(projection, "projection");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a screening ends after it starts");
        }
    }

    public boolean overlaps(Instant otherStart, Instant otherEnd) {
        return start.isBefore(otherEnd) && otherStart.isBefore(end);
    }
}
