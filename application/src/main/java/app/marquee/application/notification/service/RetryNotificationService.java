package app.marquee.application.notification.service;

import app.marquee.application.notification.OutboxEntry;
import app.marquee.application.notification.port.in.RetryNotificationUseCase;
import app.marquee.application.notification.port.out.OutboxMessagesPort;
import app.marquee.domain.notification.MessageExpiry;
import app.marquee.domain.notification.NotificationRejection;
import app.marquee.domain.notification.OutboxStatus;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Queues a message again when that cannot send it twice nor send something useless: never a SENT
 * one (NOTIFICATION_ALREADY_SENT), nor one whose link or offer ran out (NOTIFICATION_EXPIRED), nor a
 * PENDING one a dispatcher is sending under a live lease (NOTIFICATION_IN_FLIGHT). The store's
 * conditional UPDATE decides the last two states, so a claim or a delivery at the same moment
 * makes the retry refused, never a second send.
 */
@Singleton
public class RetryNotificationService implements RetryNotificationUseCase {
    private final OutboxMessagesPort outbox;
    private final Clock clock;

    public RetryNotificationService(OutboxMessagesPort outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<OutboxEntry> retry(UUID id) {
        Instant now = clock.instant();
        Optional<OutboxEntry> found = outbox.byId(id);
        if (found.isPresent() && found.get().status() != OutboxStatus.SENT
                && MessageExpiry.isOver(found.get().shownData(), now)) {
            return Outcome.rejected(NotificationRejection.NOTIFICATION_EXPIRED);
        }
        if (found.isEmpty() || !outbox.requeue(id, now)) {
            return Outcome.rejected(whyNot(outbox.byId(id)));
        }
        return Outcome.accepted(outbox.byId(id).orElseThrow());
    }

    private static NotificationRejection whyNot(Optional<OutboxEntry> now) {
        if (now.isEmpty()) {
            return NotificationRejection.NOTIFICATION_NOT_FOUND;
        }
        return now.get().status() == OutboxStatus.SENT ? NotificationRejection.NOTIFICATION_ALREADY_SENT
                : NotificationRejection.NOTIFICATION_IN_FLIGHT;
    }
}
