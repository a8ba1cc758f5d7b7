package app.marquee.adapter.persistence.sales;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * One row of {@code orders}, read with the promo columns of its hold (an order's lines and
 * discount are its hold's, kept there).
 */
@MappedEntity("orders")
record OrderRow(@Id UUID id, UUID showId, UUID buyerId, UUID holdId, String currency, long totalMinor, String state,
                Instant placedAt, @Nullable Instant cancelledAt, @Nullable String cancelledBy,
                @Nullable Long refundMinor, @Nullable UUID promoCodeId, @Nullable String promoCode,
                long discountMinor) {
}
