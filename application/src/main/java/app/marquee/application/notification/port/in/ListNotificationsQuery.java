package app.marquee.application.notification.port.in;

import app.marquee.application.notification.OutboxCursor;
import app.marquee.application.notification.OutboxEntry;
import app.marquee.domain.notification.OutboxStatus;

import java.util.List;
import java.util.Optional;

/** An operator pages through the outbox, newest first, optionally by status; secrets are never shown. */
public interface ListNotificationsQuery {
    NotificationPage list(Optional<OutboxStatus> status, Optional<OutboxCursor> after, int limit);

    record NotificationPage(List<OutboxEntry> items, Optional<OutboxCursor> next) {
        public NotificationPage {
            items = List.copyOf(items);
        }
    }
}
