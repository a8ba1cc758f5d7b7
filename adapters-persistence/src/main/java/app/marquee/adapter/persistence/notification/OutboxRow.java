package app.marquee.adapter.persistence.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * A message read whole: {@code data} as JSON text (for operators, without its secrets), and
 * {@code secretKeys} as a JSON array.
 */
@MappedEntity("outbox_messages")
record OutboxRow(
        @Id UUID id,
        String kind,
        String channel,
        String recipient,
        String language,
        @Nullable UUID accountId,
        String data,
        String secretKeys,
        String status,
        int attempts,
        Instant nextAttemptAt,
        @Nullable String lastError,
        Instant createdAt,
        @Nullable Instant sentAt,
        @Nullable UUID claim) {
}
