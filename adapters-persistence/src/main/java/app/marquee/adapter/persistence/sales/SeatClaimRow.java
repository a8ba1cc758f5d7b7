package app.marquee.adapter.persistence.sales;

import io.micronaut.core.annotation.Introspected;

import java.util.UUID;

/** A seat of a show that somebody has: sold (a valid ticket) or held. */
@Introspected
record SeatClaimRow(UUID seatId, boolean sold) {
}
