package app.marquee.adapter.persistence.sales;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * One row of {@code tickets} with the names it is shown with (its seat's label, its area's and
 * tier's names: null once the map or the show no longer has them) and, for a holder's list, its
 * show's start, venue and title.
 */
@Introspected
record TicketRow(UUID id, UUID showId, UUID orderId, long number, UUID holderId, @Nullable UUID seatId,
                 @Nullable UUID areaId, UUID tierId, long priceMinor, String currency, String state,
                 @Nullable Instant checkedInAt, @Nullable String seatLabel, @Nullable String areaName,
                 @Nullable String tierName, @Nullable Instant startsAt, @Nullable String venueName,
                 @Nullable String showTitle) {
}
