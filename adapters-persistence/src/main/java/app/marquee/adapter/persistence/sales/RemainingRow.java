package app.marquee.adapter.persistence.sales;

import io.micronaut.core.annotation.Introspected;

import java.util.UUID;

/** A show and the places it has left. */
@Introspected
record RemainingRow(UUID showId, long remaining) {
}
