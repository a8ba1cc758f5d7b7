package app.marquee.application.notification.port.out;

import app.marquee.application.notification.ClaimedMessage;

import java.time.Instant;
import java.util.List;

/**
 * The dispatcher's side of the outbox. Claiming is one short transaction of its own: up to
 * {@code max} due PENDING messages are locked with {@code FOR UPDATE SKIP LOCKED} (another
 * instance's claim is skipped, never waited for) and leased until {@code leasedUntil} under a fresh
 * claim token, so no transaction stays open while a channel is talked to, and a crashed instance's
 * messages are due again once the lease is over. Recording an outcome needs the current claim: a
 * message whose lease ran out and was claimed again is no longer this dispatcher's (false).
 */
public interface OutboxDeliveryPort {
    List<ClaimedMessage> claimDue(Instant now, Instant leasedUntil, int max);

    /** SENT; the values named secret are wiped from its data. */
    boolean sent(ClaimedMessage message, Instant now);

    /** Still PENDING, one more attempt counted, due again at {@code nextAttempt}. */
    boolean retryLater(ClaimedMessage message, String error, Instant nextAttempt, Instant now);

    /** DEAD with its error, one more attempt counted: only an operator queues it again. */
    boolean dead(ClaimedMessage message, String error, Instant now);
}
