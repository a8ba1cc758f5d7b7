package app.marquee.application.notification.port.out;

import app.marquee.application.notification.OutboxCursor;
import app.marquee.application.notification.OutboxEntry;
import app.marquee.domain.notification.OutboxStatus;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The operators' side of the outbox: messages newest first, never their secrets, and queuing one again. */
public interface OutboxMessagesPort {
    /** Up to {@code limit} messages (of this status, if given) after the cursor, newest first. */
    List<OutboxEntry> list(Optional<OutboxStatus> status, Optional<OutboxCursor> after, int limit);

    Optional<OutboxEntry> byId(UUID id);

    /**
     * PENDING again, attempts back to zero, due at {@code now}, claim cleared: only a DEAD message, or a
     * PENDING one no dispatcher is sending (no claim, or a claim whose lease is over). A conditional
     * UPDATE, so a message sent or claimed meanwhile is never queued twice. False when nothing changed.
     */
    boolean requeue(UUID id, Instant now);
}
