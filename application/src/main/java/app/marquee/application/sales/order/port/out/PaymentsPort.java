package app.marquee.application.sales.order.port.out;

import app.marquee.domain.payment.CapturedPayment;
import app.marquee.domain.payment.DeclineReason;
import app.marquee.domain.payment.IdempotencyKey;
import app.marquee.domain.payment.Money;
import app.marquee.domain.payment.PaymentResult;
import app.marquee.domain.payment.Refund;
import app.marquee.domain.payment.RefundResult;
import app.marquee.domain.payment.card.CardSummary;
import app.marquee.domain.sales.hold.HoldId;
import app.marquee.domain.sales.order.OrderId;
import app.marquee.domain.sales.order.PaymentAttempt;
import app.marquee.domain.sales.order.RefundCause;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What Marquee knows of the money of its orders: each attempt to pay for a hold (PENDING until the
 * provider's answer is recorded, then CAPTURED, DECLINED or FAILED), and each refund. A PENDING
 * attempt is kept through provider outages and crashes, and is what a later try of the same
 * request reuses (same provider key, never a second charge). One PENDING attempt per hold at most.
 * Only a card's brand and last four digits are ever stored.
 */
public interface PaymentsPort {
    /** What recording an attempt found. */
    enum Start {
        /** Recorded PENDING now. */
        STARTED,
        /** The same attempt was PENDING already (the request tried again): ask the provider again. */
        RESUMED,
        /** Another attempt is PENDING for the hold. */
        OTHER_IN_PROGRESS,
        /** This attempt exists with another card or amount, or is settled: the request's key was reused. */
        CONFLICTING,
        /**
         * Nothing recorded: the hold is no longer ACTIVE (converted by another request meanwhile,
         * released, replaced); checked by the store with the insert, so it is never charged.
         */
        HOLD_NOT_ACTIVE
    }

    /**
     * Records the attempt PENDING, only while its hold is ACTIVE, or finds it PENDING already with
     * the same card and amount.
     */
    Start begin(PaymentAttempt attempt);

    /**
     * The provider took the money; {@code order} is empty when no order could be made of it (refunded
     * next). False when the attempt was no longer PENDING: another try of the same request settled it.
     */
    boolean captured(PaymentAttempt attempt, PaymentResult.Captured capture, Optional<OrderId> order, Instant now);

    /** The provider refused; false when the attempt was no longer PENDING (settled by another try). */
    boolean declined(PaymentAttempt attempt, DeclineReason reason, Instant now);

    /** The charge failed for good; false when the attempt was no longer PENDING (settled by another try). */
    boolean failed(PaymentAttempt attempt, String reason, Instant now);

    /** A refund to ask the provider for, recorded PENDING first (so a crash leaves it to retry); its id. */
    UUID refundPending(PaymentAttempt attempt, Money amount, RefundCause cause, Instant now);

    void refundSucceeded(UUID refund, Refund done, Instant now);

    /** A retryable failure leaves the refund PENDING (to ask again under its key); any other marks it FAILED. */
    void refundFailed(UUID refund, RefundResult.Failed failure, Instant now);

    /** The captured payment of an order, with what was refunded of it (for cancellations). */
    Optional<CapturedPayment> capturedOf(OrderId order);

    /** The card each of these orders was paid with (orders of a total of zero have none). */
    Map<OrderId, CardSummary> cardsOf(Collection<OrderId> orders);

    /** Attempts still PENDING since before {@code before}, oldest first: to be settled with the provider. */
    List<PaymentAttempt> pendingSince(Instant before, int limit);

    /** The PENDING attempt charged under this provider key (a webhook names it), if any. */
    Optional<PaymentAttempt> pendingUnder(IdempotencyKey providerKey);

    /** The PENDING attempt of this hold (one at most), if any. */
    Optional<PaymentAttempt> pendingOfHold(HoldId hold);

    /** The order this attempt's capture was settled on, once it was (by whichever instance or webhook). */
    Optional<OrderId> orderOf(PaymentAttempt attempt);

    /** The provider was asked about this PENDING attempt again and could not say: not due again before long. */
    void stillPending(PaymentAttempt attempt, Instant now);
}
