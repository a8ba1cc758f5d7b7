package app.marquee.adapter.persistence.library;

import io.micronaut.core.annotation.Introspected;

import java.time.Instant;
import java.util.UUID;

/** One row of {@code title_reactions}: {@code reaction} is LIKE or DISLIKE. */
@Introspected
record ReactionRow(UUID accountId, UUID titleId, String reaction, Instant reactedAt) {
}
