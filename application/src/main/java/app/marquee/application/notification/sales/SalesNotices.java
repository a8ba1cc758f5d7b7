package app.marquee.application.notification.sales;

import app.marquee.domain.payment.Money;
import app.marquee.domain.sales.order.Order;
import app.marquee.domain.sales.order.PaymentAttempt;
import app.marquee.domain.sales.order.Purchase;

import java.time.Instant;

/**
 * Tells buyers what became of their orders, by appending outbox messages in the caller's
 * transaction: they commit with the sale, the cancellation or the refund they report, or not at
 * all. A sale never waits for a mail server: the dispatcher delivers them afterwards.
 */
public interface SalesNotices {
    /** For code that does not notify (tests of the sale alone). */
    SalesNotices NONE = new SalesNotices() {
        @Override
        public void orderConfirmed(Purchase purchase, Instant now) {
        }

        @Override
        public void orderRefunded(Order cancelled, Money refund, Instant now) {
        }

        @Override
        public void latePaymentRefunded(PaymentAttempt attempt, Money refund, Instant now) {
        }
    };

    /** ORDER_CONFIRMED by the channels the buyer chose: show, seats or areas, ticket numbers and codes. */
    void orderConfirmed(Purchase purchase, Instant now);

    /** ORDER_REFUNDED: the buyer cancelled, and gets {@code refund} back (perhaps nothing). */
    void orderRefunded(Order cancelled, Money refund, Instant now);

    /** LATE_PAYMENT_REFUNDED: money confirmed after its hold lapsed, refunded in full, never ticketed. */
    void latePaymentRefunded(PaymentAttempt attempt, Money refund, Instant now);
}
