package app.marquee.application.notification.port.in;

/**
 * Sends the next batch of due outbox messages: claims them (skipping another instance's), renders
 * each in its recipient's language, hands it to its channel, and records SENT, a retry with backoff,
 * or DEAD. Safe on several instances at once.
 */
public interface DispatchNotificationsUseCase {
    /** @return how many messages were claimed; fewer than the batch size when none is left for now */
    int dispatchNextBatch();
}
