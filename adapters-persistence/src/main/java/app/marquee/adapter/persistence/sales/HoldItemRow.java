package app.marquee.adapter.persistence.sales;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.util.UUID;

/** One row of {@code hold_items}: a seat or an area, never both. */
@Introspected
record HoldItemRow(UUID holdId, int position, @Nullable UUID seatId, @Nullable UUID areaId, UUID tierId,
                   int quantity, long unitPriceMinor) {
}
