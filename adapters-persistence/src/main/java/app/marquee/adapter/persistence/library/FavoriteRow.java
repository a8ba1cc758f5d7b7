package app.marquee.adapter.persistence.library;

import io.micronaut.core.annotation.Introspected;

import java.time.Instant;
import java.util.UUID;

/** One row of {@code favorites}. */
@Introspected
record FavoriteRow(UUID accountId, UUID titleId, Instant addedAt) {
}
