package app.marquee.adapter.persistence.sales;

import io.micronaut.core.annotation.Introspected;

import java.time.Instant;
import java.util.UUID;

/** A venue as the listing reads it: its row and the counts of its map. */
@Introspected
record VenueSummaryRow(UUID id, String name, String[] addressLines, String city, String postalCode, String country,
                       String timeZone, String kind, String[] equipment, long seatCount, long areaCount,
                       long areaCapacity, Instant updatedAt, long version) {
}
