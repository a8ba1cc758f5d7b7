package app.marquee.adapter.persistence.library;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.UUID;

/** A playlist as the listing reads it: its row, how many items it has and the ids of the first ones. */
@Introspected
record PlaylistSummaryRow(UUID id, String name, @Nullable String description, long itemCount, String[] firstTitles,
                          Instant createdAt, Instant updatedAt, long version) {
}
