package app.marquee.adapter.persistence.library;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.UUID;

/** A review with its author's display name, joined from {@code accounts}. */
@Introspected
record AuthoredReviewRow(
        UUID id,
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
        long version,
        String authorName) {

    ReviewRow review() {
        return new ReviewRow(id, titleId, accountId, rating, comment, createdAt, updatedAt, hidden, moderatedBy,
                moderatedAt, moderationReason, version);
    }
}
