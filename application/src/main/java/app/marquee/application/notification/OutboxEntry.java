package app.marquee.application.notification;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.Language;
import app.marquee.domain.notification.Channel;
import app.marquee.domain.notification.MessageKind;
import app.marquee.domain.notification.OutboxStatus;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** An outbox message as an operator sees it: its values without the secrets, and where its delivery stands. */
public record OutboxEntry(UUID id, MessageKind kind, Channel channel, String recipient, Language language,
                          Optional<AccountId> account, Map<String, Object> shownData, OutboxStatus status,
                          int attempts, Instant nextAttemptAt, Optional<String> lastError, Instant createdAt,
                          Optional<Instant> sentAt) {
    public OutboxEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        shownData = Map.copyOf(shownData);
    }
}
