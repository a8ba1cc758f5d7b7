package app.marquee.domain.sales.venue;

import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;

import java.time.Instant;
import java.util.Objects;

/**
 * A place where shows happen: a hall, a cinema room or an open-air site, with its seat map.
 * A venue opens with an empty map, drawn later from compact layouts; a cinema room's map has
 * numbered seats (it may add areas), other venues may have areas only. Redrawing the map keeps
 * the ids of the places that stay, so shows keep pointing at them; whether a removed place is
 * still sold for a show is for the application to ask before it saves. Every change moves the
 * version on, which clients see as the ETag.
 */
public final class Venue {
    private final VenueId id;
    private VenueDetails details;
    private SeatMap seatMap;
    private final Instant createdAt;
    private Instant updatedAt;
    private final long version;

    private Venue(VenueId id, VenueDetails details, SeatMap seatMap, Instant createdAt, Instant updatedAt,
                  long version) {
        this.id = Objects.requireNonNull(id);
        this.details = Objects.requireNonNull(details);
        this.seatMap = Objects.requireNonNull(seatMap);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
        this.version = version;
    }

    /** A new venue, its seat map still to be drawn. */
    public static Venue open(VenueDetails details, Instant now) {
        return new Venue(VenueId.newId(), details, SeatMap.empty(), now, now, 0);
    }

    /** For the persistence adapter only. */
    public static Venue rehydrate(VenueId id, VenueDetails details, SeatMap seatMap, Instant createdAt,
                                  Instant updatedAt, long version) {
        return new Venue(id, details, seatMap, createdAt, updatedAt, version);
    }

    /** Replaces what is written about the venue; it cannot become a cinema room without seats. */
    public Outcome<Venue> revise(VenueDetails revised, Instant now) {
        if (lacksSeatsFor(revised.kind(), seatMap)) {
            return Outcome.rejected(Rejection.onField(SalesRejection.CINEMA_ROOM_NEEDS_SEATS, "kind"));
        }
        details = revised;
        updatedAt = now;
        return Outcome.accepted(this);
    }

    /** Draws the seat map anew from the plan, keeping the ids of unchanged seats and areas. */
    public Outcome<SeatMapChange> redraw(SeatMapPlan plan, Instant now) {
        return SeatMap.draw(plan).flatMap(drawn -> {
            if (lacksSeatsFor(details.kind(), drawn)) {
                return Outcome.rejected(Rejection.onField(SalesRejection.CINEMA_ROOM_NEEDS_SEATS, "sections"));
            }
            SeatMap previous = seatMap;
            seatMap = drawn.keepingIdsOf(previous);
            updatedAt = now;
            return Outcome.accepted(new SeatMapChange(this, seatMap.seatsRemovedFrom(previous),
                    seatMap.areasRemovedFrom(previous)));
        });
    }

    private static boolean lacksSeatsFor(VenueKind kind, SeatMap map) {
        return kind == VenueKind.CINEMA_ROOM && !map.isEmpty() && !map.hasSeats();
    }

    public VenueId id() {
        return id;
    }

    public VenueDetails details() {
        return details;
    }

    public SeatMap seatMap() {
        return seatMap;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
