package app.marquee.adapter.persistence.notification;

import app.marquee.application.notification.ClaimedMessage;
import app.marquee.application.notification.OutboxCursor;
import app.marquee.application.notification.OutboxEntry;
import app.marquee.application.notification.port.out.OutboxDeliveryPort;
import app.marquee.application.notification.port.out.OutboxMessagesPort;
import app.marquee.domain.notification.OutboxStatus;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The outbox's delivery side in PostgreSQL. A claim is one short transaction: due rows locked with
 * {@code FOR UPDATE SKIP LOCKED}, stamped with a fresh claim token and leased (their
 * {@code next_attempt_at} moved to the lease's end), then read back; it commits before any channel
 * is talked to. Each outcome is a conditional UPDATE on that token, so a claim whose lease ran out and
 * was taken by another instance records nothing.
 */
@Singleton
public class OutboxDeliveryPersistenceAdapter implements OutboxDeliveryPort, OutboxMessagesPort {
    private final OutboxDeliveryRepository outbox;

    OutboxDeliveryPersistenceAdapter(OutboxDeliveryRepository outbox) {
        this.outbox = outbox;
    }

    @Override
    @Transactional
    public List<ClaimedMessage> claimDue(Instant now, Instant leasedUntil, int max) {
        List<UUID> locked = outbox.lockDue(now, max);
        if (locked.isEmpty()) {
            return List.of();
        }
        UUID claim = UUID.randomUUID();
        outbox.lease(locked.stream().map(UUID::toString).toArray(String[]::new), claim, leasedUntil);
        return outbox.claimed(claim).stream().map(OutboxMapper::claimed).toList();
    }

    @Override
    @Transactional
    public boolean sent(ClaimedMessage message, Instant now) {
        return outbox.sent(message.id(), message.claim(), now) == 1;
    }

    @Override
    @Transactional
    public boolean retryLater(ClaimedMessage message, String error, Instant nextAttempt, Instant now) {
        return outbox.retryLater(message.id(), message.claim(), error, nextAttempt) == 1;
    }

    @Override
    @Transactional
    public boolean dead(ClaimedMessage message, String error, Instant now) {
        return outbox.dead(message.id(), message.claim(), error) == 1;
    }

    @Override
    @Transactional
    public List<OutboxEntry> list(Optional<OutboxStatus> status, Optional<OutboxCursor> after, int limit) {
        return outbox.page(status.map(Enum::name).orElse(null), after.map(OutboxCursor::createdAt).orElse(null),
                after.map(OutboxCursor::id).orElse(null), limit).stream().map(OutboxMapper::shown).toList();
    }

    @Override
    @Transactional
    public Optional<OutboxEntry> byId(UUID id) {
        return outbox.shown(id).map(OutboxMapper::shown);
    }

    @Override
    @Transactional
    public boolean requeue(UUID id, Instant now) {
        return outbox.requeue(id, now) == 1;
    }
}
