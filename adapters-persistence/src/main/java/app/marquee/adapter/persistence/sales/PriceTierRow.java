package app.marquee.adapter.persistence.sales;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.util.UUID;

/** One row of {@code show_price_tiers}; area ids read back as text. */
@Introspected
record PriceTierRow(UUID showId, UUID id, String name, String[] seatKinds, String[] areaIds, long priceMinor,
                    @Nullable String conditions) {
}
