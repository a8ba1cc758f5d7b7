package app.marquee.domain.notification;

/**
 * Where an outbox message stands: PENDING until a channel takes it (retried with backoff in the
 * meantime), SENT once taken, DEAD after a permanent failure or the last attempt, until an operator
 * queues it again.
 */
public enum OutboxStatus {
    PENDING, SENT, DEAD
}
