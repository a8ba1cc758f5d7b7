package app.marquee.application.sales.venue.port.out;

import app.marquee.application.sales.venue.VenueSummary;
import app.marquee.domain.sales.venue.Venue;
import app.marquee.domain.sales.venue.VenueId;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Reads venues: one with its whole seat map, or pages of summaries by name. */
public interface LoadVenuePort {
    Optional<Venue> byId(VenueId id);

    /** At most {@code max} venues ordered by lower-cased name then id, after the position given. */
    List<VenueSummary> list(Optional<VenueCursor> after, int max);

    /** Where a page of venues ended: the last venue's lower-cased name and id. */
    record VenueCursor(String nameKey, VenueId id) {
        public VenueCursor {
            Objects.requireNonNull(nameKey, "nameKey");
            Objects.requireNonNull(id, "id");
        }
    }
}
