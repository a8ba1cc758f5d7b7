package app.marquee.application.sales.refund;

import app.marquee.application.sales.order.OrderView;
import app.marquee.domain.sales.refund.RefundQuote;

import java.util.Objects;

/** An order its buyer just cancelled, with what the refund policy gave back and where that refund stands. */
public record CancelledOrder(OrderView order, RefundQuote quote, RefundStatus refund) {
    public CancelledOrder {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(refund, "refund");
    }
}
