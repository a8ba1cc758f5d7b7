package app.marquee.application.notification.port.in;

import app.marquee.application.notification.OutboxEntry;
import app.marquee.domain.shared.Outcome;

import java.util.UUID;

/**
 * An operator queues a message again (DEAD, or PENDING between retries): attempts back to zero, due
 * now. NOTIFICATION_NOT_FOUND for an unknown id, NOTIFICATION_ALREADY_SENT for a SENT one,
 * NOTIFICATION_IN_FLIGHT for one a dispatcher is sending now (its lease not over),
 * NOTIFICATION_EXPIRED for one whose link or offer ran out.
 */
public interface RetryNotificationUseCase {
    Outcome<OutboxEntry> retry(UUID id);
}
