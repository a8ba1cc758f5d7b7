package app.marquee.adapter.persistence.library;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** One row of {@code playlists}; its items are rows of {@code playlist_items}. */
@MappedEntity("playlists")
record PlaylistRow(@Id UUID id, UUID accountId, String name, String nameKey, @Nullable String description,
                   Instant createdAt, Instant updatedAt, long version) {
}
