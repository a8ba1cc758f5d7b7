package app.marquee.application.sales.venue;

import app.marquee.domain.sales.venue.VenueDetails;
import app.marquee.domain.sales.venue.VenueId;

import java.time.Instant;
import java.util.Objects;

/** A venue as a list shows it: what is written about it and how many places its map has, without the seats. */
public record VenueSummary(VenueId id, VenueDetails details, long seatCount, long areaCount, long capacity,
                           Instant updatedAt, long version) {
    public VenueSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
