package app.marquee.application.sales.venue.port.in;

import app.marquee.domain.sales.venue.VenueId;
import app.marquee.domain.shared.Outcome;

/** An operator deletes a venue with its seat map; one that has shows stays (VENUE_IN_USE). */
public interface RemoveVenueUseCase {
    Outcome<VenueId> remove(VenueId id);
}
