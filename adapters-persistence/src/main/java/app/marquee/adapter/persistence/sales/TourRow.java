package app.marquee.adapter.persistence.sales;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** One row of {@code tours}. */
@MappedEntity("tours")
record TourRow(@Id UUID id, String name, UUID ownerId, long version) {
}
