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
 * <p>
 * A batch is sent one message after another, so the batch's lease may run out before its last
 * message's turn: each message's lease is renewed just before it is sent, under the claim, and a
 * message whose claim is gone (taken by another instance) is not sent by this one.
 */
public interface OutboxDeliveryPort {
    List<ClaimedMessage> claimDue(Instant now, Instant leasedUntil, int max);

    /**
     * The lease moved to {@code leasedUntil}, only while this claim is the message's current one and it
     * is still PENDING; false when another instance took it over (or it was deleted): do not send it.
     */
    boolean renew(ClaimedMessage message, Instant leasedUntil);

    /** SENT; the values named secret are wiped from its data. */
    boolean sent(ClaimedMessage message, Instant now);

    /** Still PENDING, one more attempt counted, due again at {@code nextAttempt}. */
    boolean retryLater(ClaimedMessage message, String error, Instant nextAttempt, Instant now);

    /** DEAD with its error, one more attempt counted: only an operator queues it again. */
    boolean dead(ClaimedMessage message, String error, Instant now);

    /**
     * DEAD without an attempt, because what it carries ran out before it could be sent
     * ({@link app.marquee.domain.notification.MessageExpiry}); its secret values (the dead link, the
     * token) are wiped as for a SENT message.
     */
    boolean expired(ClaimedMessage message, String error, Instant now);
}
