package app.marquee.adapter.persistence.sales;

import io.micronaut.core.annotation.Introspected;

import java.util.UUID;

/** Places of one area of one show: kept by some holds, or taken by everybody. */
@Introspected
record AreaPlacesRow(UUID showId, UUID areaId, long places) {
}
