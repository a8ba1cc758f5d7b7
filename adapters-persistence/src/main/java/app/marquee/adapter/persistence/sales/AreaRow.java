package app.marquee.adapter.persistence.sales;

import io.micronaut.core.annotation.Introspected;

import java.util.UUID;

/** One row of {@code venue_areas}. */
@Introspected
record AreaRow(UUID id, String name, int capacity) {
}
