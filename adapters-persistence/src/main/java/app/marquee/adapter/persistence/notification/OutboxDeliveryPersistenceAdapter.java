package app.marquee.adapter.persistence.notification;

import app.marquee.application.notification.ClaimedMessage;
import app.marquee.application.notification.OutboxCursor;
import app.marquee.application.notification.OutboxEntry;
import app.marquee.application.notification.port.out.OutboxDeliveryPort;
import app.marquee.application.notification.port.out.OutboxMessagesPort;
import app.marquee.domain.notification.OutboxStatus;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The outbox's delivery side in PostgreSQL. A claim is one short transaction: due rows locked with
 * {@code FOR UPDATE SKIP LOCKED}, stamped with a fresh claim token and leased (their
 * {@code next_attempt_at} moved to the lease's end), then read back by id; it commits before any
 * channel is talked to. Each renewal and each outcome is a conditional UPDATE on that token, so a
 * claim whose lease ran out and was taken by another instance renews and records nothing.
 */
@Singleton
public class OutboxDeliveryPersistenceAdapter implements OutboxDeliveryPort, OutboxMessagesPort {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxDeliveryPersistenceAdapter.class);
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
        String[] ids = locked.stream().map(UUID::toString).toArray(String[]::new);
        outbox.lease(ids, claim, leasedUntil);
        return outbox.claimed(ids, claim).stream().map(OutboxMapper::claimed).toList();
    }

    @Override
    @Transactional
    public boolean renew(ClaimedMessage message, Instant leasedUntil) {
        return outbox.renew(message.id(), message.claim(), leasedUntil) == 1;
    }

    @Override
    @Transactional
    public boolean sent(ClaimedMessage message, Instant now) {
        return recorded(message, "SENT", outbox.sent(message.id(), message.claim(), now));
    }

    @Override
    @Transactional
    public boolean retryLater(ClaimedMessage message, String error, Instant nextAttempt, Instant now) {
        return recorded(message, "a retry", outbox.retryLater(message.id(), message.claim(), error, nextAttempt));
    }

    @Override
    @Transactional
    public boolean dead(ClaimedMessage message, String error, Instant now) {
        return recorded(message, "DEAD", outbox.dead(message.id(), message.claim(), error));
    }

    @Override
    @Transactional
    public boolean expired(ClaimedMessage message, String error, Instant now) {
        return recorded(message, "DEAD (expired)", outbox.expired(message.id(), message.claim(), error));
    }

    /**
     * An outcome that found its claim gone means the lease ran out while the channel was talked to
     * (and another instance may send the message again), or the message was deleted meanwhile: an
     * operator should know, so it is a warning (the id only, never the recipient or the data).
     */
    private static boolean recorded(ClaimedMessage message, String outcome, int changed) {
        if (changed == 1) {
            return true;
        }
        LOG.warn("Outbox message {} ({}): its claim was gone when {} was recorded; the lease may be too short"
                + " (MARQUEE_NOTIFICATION_LEASE)", message.id(), message.message().kind(), outcome);
        return false;
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
