package app.marquee.domain.sales.refund;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.order.CancelledBy;
import app.marquee.domain.sales.order.Order;
import app.marquee.domain.sales.order.Ticket;
import app.marquee.domain.shared.Outcome;

import java.time.Instant;
import java.util.List;

/**
 * Cancelling an order, by its buyer or by the organiser of its show. A buyer may cancel only
 * their own order (anyone else: ORDER_NOT_FOUND, as if it did not exist), once
 * (ORDER_ALREADY_CANCELLED), and only while the policy still gives something back (NOT_REFUNDABLE:
 * the tickets stay valid). The organiser's cancellation refunds in full. Either way the order's
 * tickets go void and their places return to sale; the quote says what the gateway must refund.
 */
public final class OrderCancellation {
    private OrderCancellation() {
    }

    public static Outcome<RefundQuote> byBuyer(Order order, AccountId caller, List<Ticket> itsTickets,
                                               Instant showStart, RefundPolicy policy, Instant now) {
        if (!order.isOwnedBy(caller)) {
            return Outcome.rejected(SalesRejection.ORDER_NOT_FOUND);
        }
        if (order.cancellation().isPresent()) {
            return Outcome.rejected(SalesRejection.ORDER_ALREADY_CANCELLED);
        }
        RefundQuote quote = policy.quote(order, showStart, now);
        if (quote.givesNothing()) {
            return Outcome.rejected(SalesRejection.NOT_REFUNDABLE);
        }
        return order.cancel(CancelledBy.BUYER, quote.amount(), itsTickets, now).map(cancelled -> quote);
    }

    public static Outcome<RefundQuote> byOrganiser(Order order, List<Ticket> itsTickets, Instant now) {
        RefundQuote quote = RefundPolicy.showCancelled(order);
        return order.cancel(CancelledBy.ORGANISER, quote.amount(), itsTickets, now).map(cancelled -> quote);
    }
}
