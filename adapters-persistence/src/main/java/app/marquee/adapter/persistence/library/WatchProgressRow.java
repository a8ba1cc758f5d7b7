package app.marquee.adapter.persistence.library;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** One row of {@code watch_progress}: a viewer's film (no episode) or episode. */
@MappedEntity("watch_progress")
record WatchProgressRow(
        @Id UUID id,
        UUID accountId,
        UUID titleId,
        @Nullable UUID episodeId,
        int positionSeconds,
        int runtimeSeconds,
        boolean finished,
        @Nullable Instant completedAt,
        Instant updatedAt) {
}
