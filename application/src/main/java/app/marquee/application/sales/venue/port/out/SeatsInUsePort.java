package app.marquee.application.sales.venue.port.out;

import app.marquee.domain.sales.screening.Projection;
import app.marquee.domain.sales.venue.AreaId;
import app.marquee.domain.sales.venue.SeatId;
import app.marquee.domain.sales.venue.VenueId;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/**
 * What shows make of a venue's places, asked before a seat map loses seats or a venue is deleted.
 * A seat or an area is in use when a show at the venue that has not started by {@code now} may
 * sell it (or has sold it); the answer must see shows committed by other instances, and the
 * implementation must keep a show from starting to use a place while the caller's transaction
 * removes it (a lock on the venue, or a foreign key). No implementation may answer "free" without
 * asking the shows' store.
 */
public interface SeatsInUsePort {
    Set<SeatId> seatsUsedByFutureShows(VenueId venue, Collection<SeatId> seats, Instant now);

    Set<AreaId> areasUsedByFutureShows(VenueId venue, Collection<AreaId> areas, Instant now);

    /**
     * The projections of the screenings at the venue that are not cancelled and have not started by
     * {@code now} (empty when there are none), asked before the venue's kind or equipment is revised;
     * the same lock as for the places keeps a screening from being scheduled meanwhile.
     */
    Set<Projection> projectionsOfScreeningsToCome(VenueId venue, Instant now);

    /** Whether any show, past or future, takes place at the venue: such a venue is kept. */
    boolean hasShows(VenueId venue);
}
