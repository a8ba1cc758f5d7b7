package app.marquee.adapter.persistence.library;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** One row of {@code reviews}; the moderation columns are all empty until a first decision. */
@MappedEntity("reviews")
record ReviewRow(
        @Id UUID id,
        UUID titleId,
        UUID accountId,
        int rating,
        @Nullable String comment,
        Instant createdAt,
        Instant updatedAt,
        boolean hidden,
        @Nullable UUID moderatedBy,
        @Nullable Instant moderatedAt,
        @Nullable String moderationReason,
        long version) {
}
