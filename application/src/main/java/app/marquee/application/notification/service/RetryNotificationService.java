package app.marquee.application.notification.service;

import app.marquee.application.notification.OutboxEntry;
import app.marquee.application.notification.port.in.RetryNotificationUseCase;
import app.marquee.application.notification.port.out.OutboxMessagesPort;
import app.marquee.domain.notification.NotificationRejection;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.UUID;

/**
 * Queues a message again unless it was SENT: the store's conditional UPDATE decides, so a message
 * delivered at the same moment is answered NOTIFICATION_ALREADY_SENT, never sent twice by this.
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
        if (!outbox.requeue(id, clock.instant())) {
            return Outcome.rejected(outbox.byId(id).isPresent() ? NotificationRejection.NOTIFICATION_ALREADY_SENT
                    : NotificationRejection.NOTIFICATION_NOT_FOUND);
        }
        return Outcome.accepted(outbox.byId(id).orElseThrow());
    }
}
