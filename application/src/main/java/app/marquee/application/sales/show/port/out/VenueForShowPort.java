package app.marquee.application.sales.show.port.out;

import app.marquee.domain.sales.venue.Venue;
import app.marquee.domain.sales.venue.VenueId;

import java.util.Optional;

/**
 * The venue a show is being scheduled at, read with its seat map after taking a shared lock on it
 * until the caller's transaction ends: shows may be scheduled side by side, but no seat map is
 * redrawn (and no venue deleted) in between, so a new show never sells a place that is going away.
 */
public interface VenueForShowPort {
    Optional<Venue> lockedForShow(VenueId id);
}
