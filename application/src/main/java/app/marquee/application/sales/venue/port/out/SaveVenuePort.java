package app.marquee.application.sales.venue.port.out;

import app.marquee.domain.sales.venue.Venue;
import app.marquee.domain.sales.venue.VenueId;
import app.marquee.domain.shared.Outcome;

/**
 * Stores venues. Each write applies only to the version the venue was read at
 * ({@code CONCURRENT_UPDATE} otherwise, also for the loser of two writers racing) and returns the
 * venue at its next version.
 */
public interface SaveVenuePort {
    Venue add(Venue venue);

    /** Writes what is written about the venue, leaving its seat map alone. */
    Outcome<Venue> update(Venue venue);

    /** Writes the venue's seat map whole: seats and areas it no longer has are deleted, the others kept by id. */
    Outcome<Venue> updateSeatMap(Venue venue);

    /** Deletes the venue with its seat map; VENUE_NOT_FOUND when it is gone. */
    Outcome<VenueId> delete(VenueId id);
}
