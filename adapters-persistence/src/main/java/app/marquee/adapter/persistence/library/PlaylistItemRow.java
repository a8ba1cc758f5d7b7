package app.marquee.adapter.persistence.library;

import io.micronaut.core.annotation.Introspected;

import java.time.Instant;
import java.util.UUID;

/** One row of {@code playlist_items}: a title at its position in a playlist. */
@Introspected
record PlaylistItemRow(UUID titleId, int position, Instant addedAt) {
}
