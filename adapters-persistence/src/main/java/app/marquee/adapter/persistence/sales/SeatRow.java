package app.marquee.adapter.persistence.sales;

import io.micronaut.core.annotation.Introspected;

import java.util.UUID;

/** One row of {@code venue_seats}. */
@Introspected
record SeatRow(UUID id, String section, String rowLabel, int rowIndex, int number, int position, String kind) {
}
