package app.marquee.adapter.persistence.library;

import io.micronaut.core.annotation.Introspected;

import java.time.Instant;
import java.util.UUID;

/** One row of {@code playlist_items} with the playlist it belongs to, for reading all of a viewer's items at once. */
@Introspected
record ExportedItemRow(UUID playlistId, UUID titleId, int position, Instant addedAt) {
}
