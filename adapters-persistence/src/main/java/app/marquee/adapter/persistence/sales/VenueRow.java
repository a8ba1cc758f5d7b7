package app.marquee.adapter.persistence.sales;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** One row of {@code venues}: enums by name, address lines and equipment as {@code text[]}. */
@MappedEntity("venues")
record VenueRow(@Id UUID id, String name, String nameKey, String[] addressLines, String city, String postalCode,
                String country, String timeZone, String kind, String[] equipment, Instant createdAt,
                Instant updatedAt, long version) {
}
