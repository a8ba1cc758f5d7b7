package app.marquee.adapter.persistence.sales;

import io.micronaut.core.annotation.Introspected;

import java.time.Instant;
import java.util.UUID;

/** A listed screening: its show row, its version and projection, and the places of its room. */
@Introspected
record ScreeningListRow(UUID id, UUID venueId, UUID titleId, Instant startsAt, Instant endsAt, String timeZone,
                        String currency, Instant salesOpenAt, Instant salesCloseAt, int perOrderMax, String lifecycle,
                        long version, String screeningVersion, String projection, long remainingSeats) {

    ShowRow show() {
        return new ShowRow(id, "SCREENING", venueId, null, titleId, startsAt, endsAt, timeZone, currency, salesOpenAt,
                salesCloseAt, perOrderMax, lifecycle, version);
    }
}
