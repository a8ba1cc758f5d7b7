package app.marquee.domain.sales.order;

import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.shared.Rejection;

/**
 * Why money goes back to a buyer: they cancelled, the organiser cancelled the show, or a payment
 * was captured for a hold that could no longer become an order (it lapsed and its places went to
 * someone else, or the show was called off meanwhile). No ticket without payment, and no payment
 * without a ticket or a refund.
 */
public enum RefundCause {
    BUYER_CANCELLED,
    SHOW_CANCELLED,
    LATE_PAYMENT;

    /** The cause of refunding a capture that the order's refusal left without tickets. */
    public static RefundCause ofUnticketed(Rejection refusal) {
        return refusal.is(SalesRejection.SHOW_CANCELLED) ? SHOW_CANCELLED : LATE_PAYMENT;
    }
}
