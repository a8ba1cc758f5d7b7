package app.marquee.adapter.persistence.sales;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.UUID;

/** A {@link TicketRow} with its holder's display name (null once the account is gone). */
@Introspected
record DoorTicketRow(UUID id, UUID showId, UUID orderId, long number, UUID holderId, @Nullable UUID seatId,
                     @Nullable UUID areaId, UUID tierId, long priceMinor, String currency, String state,
                     @Nullable Instant checkedInAt, @Nullable String seatLabel, @Nullable String areaName,
                     @Nullable String tierName, @Nullable Instant startsAt, @Nullable String venueName,
                     @Nullable String showTitle, @Nullable String holderName) {

    TicketRow ticket() {
        return new TicketRow(id, showId, orderId, number, holderId, seatId, areaId, tierId, priceMinor, currency,
                state, checkedInAt, seatLabel, areaName, tierName, startsAt, venueName, showTitle);
    }
}
