package app.marquee.application.notification.service;

import app.marquee.application.notification.ClaimedMessage;
import app.marquee.application.notification.NotificationSettings;
import app.marquee.application.notification.port.in.DispatchNotificationsUseCase;
import app.marquee.application.notification.port.out.OutboxDeliveryPort;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Claims a batch of due messages (a short transaction of its own, then leased), and delivers them
 * one by one outside any transaction ({@link MessageDelivery}), so a slow mail server never holds a
 * database connection or a lock.
 */
@Singleton
public class DispatchNotificationsService implements DispatchNotificationsUseCase {
    private final OutboxDeliveryPort outbox;
    private final MessageDelivery delivery;
    private final NotificationSettings settings;
    private final Clock clock;

    public DispatchNotificationsService(OutboxDeliveryPort outbox, MessageDelivery delivery,
                                        NotificationSettings settings, Clock clock) {
        this.outbox = outbox;
        this.delivery = delivery;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public int dispatchNextBatch() {
        Instant now = clock.instant();
        List<ClaimedMessage> claimed = outbox.claimDue(now, now.plus(settings.lease()), settings.batchSize());
        claimed.forEach(delivery::deliver);
        return claimed.size();
    }
}
