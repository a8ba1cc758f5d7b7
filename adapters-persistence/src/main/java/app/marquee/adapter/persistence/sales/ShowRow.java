package app.marquee.adapter.persistence.sales;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** One row of {@code shows}: kind and lifecycle by name; the sale terms' tiers live in {@code show_price_tiers}. */
@MappedEntity("shows")
record ShowRow(@Id UUID id, String kind, UUID venueId, @Nullable UUID eventId, @Nullable UUID titleId,
               Instant startsAt, Instant endsAt, String timeZone, String currency, Instant salesOpenAt,
               Instant salesCloseAt, int perOrderMax, String lifecycle, long version) {
}
