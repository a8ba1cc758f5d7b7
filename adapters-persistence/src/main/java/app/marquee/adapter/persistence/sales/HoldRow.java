package app.marquee.adapter.persistence.sales;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** One row of {@code holds}: kind and state by name, the promo code's columns all null or all set. */
@MappedEntity("holds")
record HoldRow(@Id UUID id, UUID showId, UUID buyerId, String kind, String state, String currency,
               @Nullable UUID promoCodeId, @Nullable String promoCode, long discountMinor, Instant createdAt,
               Instant expiresAt, @Nullable Instant endedAt) {
}
