package app.marquee.application.sales.venue.service;

import app.marquee.application.sales.venue.port.out.LoadVenuePort;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.venue.Venue;
import app.marquee.domain.sales.venue.VenueId;
import app.marquee.domain.shared.Outcome;

import java.util.Optional;

/**
 * Optimistic concurrency for venue writes: a client that said which version it edited (If-Match)
 * gets VERSION_MISMATCH when the venue has moved on, seen on loading or, after a race, on saving;
 * a client that did not say gets CONCURRENT_UPDATE from the race.
 */
final class VersionedVenues {
    private VersionedVenues() {
    }

    static Outcome<Venue> load(LoadVenuePort load, VenueId id, Optional<Long> expectedVersion) {
        Optional<Venue> found = load.byId(id);
        if (found.isEmpty()) {
            return Outcome.rejected(SalesRejection.VENUE_NOT_FOUND);
        }
        if (expectedVersion.filter(expected -> expected != found.get().version()).isPresent()) {
            return Outcome.rejected(SalesRejection.VERSION_MISMATCH);
        }
        return Outcome.accepted(found.get());
    }

    static <T> Outcome<T> saved(Outcome<T> saved, Optional<Long> expectedVersion) {
        return expectedVersion.isPresent()
                ? saved.recast(SalesRejection.CONCURRENT_UPDATE, SalesRejection.VERSION_MISMATCH) : saved;
    }
}
