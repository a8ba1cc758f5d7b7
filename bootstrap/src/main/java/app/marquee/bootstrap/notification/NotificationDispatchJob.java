package app.marquee.bootstrap.notification;

import app.marquee.application.notification.NotificationSettings;
import app.marquee.application.notification.port.in.DispatchNotificationsUseCase;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * The outbox dispatcher: every {@code MARQUEE_NOTIFICATION_INTERVAL} (5 seconds by default) it sends
 * the due messages, batch after batch until none is left or the round has run for
 * {@value #ROUND_SECONDS} seconds. Several instances may run it side by side: each batch is claimed
 * with {@code FOR UPDATE SKIP LOCKED} and leased.
 */
@Singleton
public class NotificationDispatchJob {
    private static final Logger LOG = LoggerFactory.getLogger(NotificationDispatchJob.class);
    private static final int ROUND_SECONDS = 20;
    private final DispatchNotificationsUseCase dispatch;
    private final NotificationSettings settings;

    public NotificationDispatchJob(DispatchNotificationsUseCase dispatch, NotificationSettings settings) {
        this.dispatch = dispatch;
        this.settings = settings;
    }

    @Scheduled(fixedDelay = "${marquee.notification.interval:5s}", initialDelay = "${marquee.notification.initial-delay:5s}")
    public void run() {
        long deadline = System.nanoTime() + Duration.ofSeconds(ROUND_SECONDS).toNanos();
        int handled = 0;
        int batch;
        do {
            try {
                batch = dispatch.dispatchNextBatch();
            } catch (RuntimeException e) {
                LOG.warn("Notification dispatch stopped after {} messages: {}", handled, e.toString());
                return;
            }
            handled += batch;
        } while (batch == settings.batchSize() && System.nanoTime() < deadline);
        if (handled > 0) {
            LOG.info("{} notifications dispatched", handled);
        }
    }
}
