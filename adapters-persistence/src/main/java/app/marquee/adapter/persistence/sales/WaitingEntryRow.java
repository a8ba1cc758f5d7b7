package app.marquee.adapter.persistence.sales;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.UUID;

/** One row of {@code waiting_entries}. */
@Introspected
record WaitingEntryRow(UUID entrantId, UUID tierId, int places, Instant joinedAt, String state,
                       @Nullable Instant offerExpiresAt, @Nullable UUID holdId) {
}
