package app.marquee.adapter.persistence.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** One row of {@code outbox_messages} as the dispatcher reads it ({@code data} as JSON text). */
@MappedEntity("outbox_messages")
record OutboxMessageRow(
        @Id UUID id,
        String kind,
        String channel,
        String recipient,
        String language,
        @Nullable UUID accountId,
        String status,
        int attempts,
        Instant nextAttemptAt,
        @Nullable String lastError,
        Instant createdAt,
        @Nullable Instant sentAt) {
}
