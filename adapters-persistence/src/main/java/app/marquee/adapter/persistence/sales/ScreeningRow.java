package app.marquee.adapter.persistence.sales;

import io.micronaut.core.annotation.Introspected;

import java.time.Instant;
import java.util.UUID;

/** A screening as its room's schedule needs it: a row of {@code shows} of kind SCREENING. */
@Introspected
record ScreeningRow(UUID id, UUID titleId, Instant startsAt, Instant endsAt, String screeningVersion,
                    String projection) {
}
