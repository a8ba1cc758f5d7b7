package app.marquee.adapter.rest.web.notification;

import app.marquee.application.notification.OutboxEntry;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** An outbox message as an operator sees it: never the values its secrets name (tokens, ticket codes). */
@Serdeable
@Schema(name = "Notification")
public record NotificationResponse(
        UUID id,
        @Schema(example = "ORDER_CONFIRMED") String kind,
        @Schema(allowableValues = {"EMAIL", "SMS"}) String channel,
        @Schema(description = "E-mail address or E.164 phone number") String recipient,
        @Schema(example = "fr") String locale,
        @Nullable @Schema(nullable = true) UUID accountId,
        @Schema(description = "The template's values, secrets left out") Map<String, Object> data,
        @Schema(allowableValues = {"PENDING", "SENT", "DEAD"}) String status,
        int attempts,
        Instant nextAttemptAt,
        @Nullable @Schema(nullable = true) String lastError,
        Instant createdAt,
        @Nullable @Schema(nullable = true) Instant sentAt) {

    static NotificationResponse of(OutboxEntry entry) {
        return new NotificationResponse(entry.id(), entry.kind().name(), entry.channel().name(), entry.recipient(),
                entry.language().tag(), entry.account().map(account -> account.value()).orElse(null),
                entry.shownData(), entry.status().name(), entry.attempts(), entry.nextAttemptAt(),
                entry.lastError().orElse(null), entry.createdAt(), entry.sentAt().orElse(null));
    }
}
