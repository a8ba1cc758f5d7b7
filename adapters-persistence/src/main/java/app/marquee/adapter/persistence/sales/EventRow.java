package app.marquee.adapter.persistence.sales;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** One row of {@code events}: category and status by name. */
@MappedEntity("events")
record EventRow(@Id UUID id, String title, String titleKey, String description, String category,
                @Nullable String performer, UUID ownerId, @Nullable UUID tourId, String status, Instant createdAt,
                Instant updatedAt, long version) {
}
