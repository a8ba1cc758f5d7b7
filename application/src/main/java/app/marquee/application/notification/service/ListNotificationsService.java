package app.marquee.application.notification.service;

import app.marquee.application.notification.OutboxCursor;
import app.marquee.application.notification.OutboxEntry;
import app.marquee.application.notification.port.in.ListNotificationsQuery;
import app.marquee.application.notification.port.out.OutboxMessagesPort;
import app.marquee.domain.notification.OutboxStatus;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/** One page of the outbox, read one message past the page to know whether another follows. */
@Singleton
public class ListNotificationsService implements ListNotificationsQuery {
    private final OutboxMessagesPort outbox;

    public ListNotificationsService(OutboxMessagesPort outbox) {
        this.outbox = outbox;
    }

    @Override
    public NotificationPage list(Optional<OutboxStatus> status, Optional<OutboxCursor> after, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit >= 1");
        }
        List<OutboxEntry> found = outbox.list(status, after, limit + 1);
        if (found.size() <= limit) {
            return new NotificationPage(found, Optional.empty());
        }
        List<OutboxEntry> page = found.subList(0, limit);
        OutboxEntry last = page.get(limit - 1);
        return new NotificationPage(page, Optional.of(new OutboxCursor(last.createdAt(), last.id())));
    }
}
