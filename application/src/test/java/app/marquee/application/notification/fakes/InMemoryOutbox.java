package app.marquee.application.notification.fakes;

import app.marquee.application.notification.ClaimedMessage;
import app.marquee.application.notification.OutboxCursor;
import app.marquee.application.notification.OutboxEntry;
import app.marquee.application.notification.port.out.OutboxDeliveryPort;
import app.marquee.application.notification.port.out.OutboxMessagesPort;
import app.marquee.domain.notification.MessageData;
import app.marquee.domain.notification.OutboundMessage;
import app.marquee.domain.notification.OutboxStatus;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The outbox as the PostgreSQL adapter keeps it, in memory: claims and leases, outcomes and
 * renewals only under the current claim, re-queuing under the same conditions.
 * {@link #takeOver} plays another instance claiming a message whose lease it saw run out.
 */
public final class InMemoryOutbox implements OutboxDeliveryPort, OutboxMessagesPort {
    private final Map<UUID, Row> rows = new LinkedHashMap<>();

    public UUID append(OutboundMessage message, Instant now) {
        UUID id = UUID.randomUUID();
        rows.put(id, new Row(id, message, now));
        return id;
    }

    /** Another instance claims the message: this fake's claims on it are over. */
    public void takeOver(UUID id, Instant leasedUntil) {
        rows.get(id).claim = UUID.randomUUID();
        rows.get(id).nextAttemptAt = leasedUntil;
    }

    public Instant nextAttemptAt(UUID id) {
        return rows.get(id).nextAttemptAt;
    }

    public MessageData data(UUID id) {
        return rows.get(id).message.data();
    }

    @Override
    public List<ClaimedMessage> claimDue(Instant now, Instant leasedUntil, int max) {
        UUID claim = UUID.randomUUID();
        return rows.values().stream()
                .filter(row -> row.status == OutboxStatus.PENDING && !row.nextAttemptAt.isAfter(now))
                .sorted(Comparator.comparing(row -> row.nextAttemptAt)).limit(max)
                .peek(row -> {
                    row.claim = claim;
                    row.nextAttemptAt = leasedUntil;
                })
                .map(row -> new ClaimedMessage(row.id, claim, row.message, row.attempts)).toList();
    }

    @Override
    public boolean renew(ClaimedMessage message, Instant leasedUntil) {
        return underClaim(message).map(row -> row.nextAttemptAt = leasedUntil).isPresent();
    }

    @Override
    public boolean sent(ClaimedMessage message, Instant now) {
        return underClaim(message).map(row -> {
            row.attempts++;
            row.sentAt = now;
            return row.end(OutboxStatus.SENT, null, true);
        }).isPresent();
    }

    @Override
    public boolean retryLater(ClaimedMessage message, String error, Instant nextAttempt, Instant now) {
        return underClaim(message).map(row -> {
            row.attempts++;
            row.nextAttemptAt = nextAttempt;
            return row.end(OutboxStatus.PENDING, error, false);
        }).isPresent();
    }

    @Override
    public boolean dead(ClaimedMessage message, String error, Instant now) {
        return underClaim(message).map(row -> {
            row.attempts++;
            return row.end(OutboxStatus.DEAD, error, false);
        }).isPresent();
    }

    @Override
    public boolean expired(ClaimedMessage message, String error, Instant now) {
        return underClaim(message).map(row -> row.end(OutboxStatus.DEAD, error, true)).isPresent();
    }

    @Override
    public List<OutboxEntry> list(Optional<OutboxStatus> status, Optional<OutboxCursor> after, int limit) {
        return rows.values().stream().filter(row -> status.map(wanted -> wanted == row.status).orElse(true))
                .map(Row::shown).limit(limit).toList();
    }

    @Override
    public Optional<OutboxEntry> byId(UUID id) {
        return Optional.ofNullable(rows.get(id)).map(Row::shown);
    }

    @Override
    public boolean requeue(UUID id, Instant now) {
        Row row = rows.get(id);
        if (row == null || row.status == OutboxStatus.SENT || (row.status == OutboxStatus.PENDING
                && row.claim != null && row.nextAttemptAt.isAfter(now))) {
            return false;
        }
        row.attempts = 0;
        row.nextAttemptAt = now;
        row.end(OutboxStatus.PENDING, null, false);
        return true;
    }

    private Optional<Row> underClaim(ClaimedMessage message) {
        return Optional.ofNullable(rows.get(message.id()))
                .filter(row -> row.status == OutboxStatus.PENDING && Objects.equals(row.claim, message.claim()));
    }

    private static final class Row {
        final UUID id;
        final Instant createdAt;
        OutboundMessage message;
        OutboxStatus status = OutboxStatus.PENDING;
        int attempts;
        Instant nextAttemptAt;
        String lastError;
        Instant sentAt;
        UUID claim;

        Row(UUID id, OutboundMessage message, Instant now) {
            this.id = id;
            this.message = message;
            this.createdAt = now;
            this.nextAttemptAt = now;
        }

        Row end(OutboxStatus next, String error, boolean wipeSecrets) {
            status = next;
            lastError = error;
            claim = null;
            if (wipeSecrets) {
                message = new OutboundMessage(message.kind(), message.channel(), message.recipient(),
                        message.language(), message.account(), MessageData.of(message.data().withoutSecrets()));
            }
            return this;
        }

        OutboxEntry shown() {
            return new OutboxEntry(id, message.kind(), message.channel(), message.recipient(), message.language(),
                    message.account(), message.data().withoutSecrets(), status, attempts, nextAttemptAt,
                    Optional.ofNullable(lastError), createdAt, Optional.ofNullable(sentAt));
        }
    }
}
