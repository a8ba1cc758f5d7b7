package app.marquee.application.sales.venue.port.in;

import app.marquee.domain.sales.venue.Venue;
import app.marquee.domain.sales.venue.VenueId;
import app.marquee.domain.shared.Outcome;

/** One venue with its whole seat map, or VENUE_NOT_FOUND. */
public interface ViewVenueQuery {
    Outcome<Venue> view(VenueId id);
}
