package app.marquee.adapter.persistence.sales;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** One row of {@code tours}; {@code nameKey} is the name lower-cased as the cursors carry it. */
@MappedEntity("tours")
record TourRow(@Id UUID id, String name, String nameKey, UUID ownerId, long version) {
}
