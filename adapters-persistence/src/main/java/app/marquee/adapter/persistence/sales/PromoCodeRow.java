package app.marquee.adapter.persistence.sales;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.UUID;

/** One row of {@code promo_codes}, with its uses counted at the time asked (0 when not counted). */
@Introspected
record PromoCodeRow(UUID id, UUID eventId, String code, @Nullable Integer percentOff, @Nullable Long amountOffMinor,
                    @Nullable String currency, Instant validFrom, Instant validUntil, @Nullable Integer usageCap,
                    @Nullable Integer perBuyerCap, long uses, long usesByBuyer) {
}
