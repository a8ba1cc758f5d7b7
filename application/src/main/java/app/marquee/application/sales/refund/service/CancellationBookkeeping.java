package app.marquee.application.sales.refund.service;

import app.marquee.application.notification.sales.SalesNotices;
import app.marquee.application.sales.refund.port.out.CancelOrderPort;
import app.marquee.application.sales.refund.port.out.RefundsPort;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.order.Order;
import app.marquee.domain.sales.order.RefundCause;
import app.marquee.domain.sales.order.Ticket;
import app.marquee.domain.sales.refund.RefundQuote;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A buyer's cancellation in one transaction: the order CANCELLED (only if still PAID), its tickets
 * VOID, its places back on sale, and its refund recorded PENDING before any money moves, so a crash
 * after the commit leaves the refund to the dispatcher, never lost; the buyer's ORDER_REFUNDED message
 * is appended in the same transaction.
 */
@Singleton
public class CancellationBookkeeping {
    private final CancelOrderPort orders;
    private final RefundsPort refunds;
    private final SalesNotices notices;

    public CancellationBookkeeping(CancelOrderPort orders, RefundsPort refunds) {
        this(orders, refunds, SalesNotices.NONE);
    }

    @Inject
    public CancellationBookkeeping(CancelOrderPort orders, RefundsPort refunds, SalesNotices notices) {
        this.orders = orders;
        this.refunds = refunds;
        this.notices = notices;
    }

    /** The refund's id (empty when nothing is to be refunded); ORDER_ALREADY_CANCELLED for the loser of a race. */
    @Transactional
    public Outcome<Optional<UUID>> record(Order cancelled, List<Ticket> voided, RefundQuote quote, Instant now) {
        if (!orders.cancel(cancelled, voided, now)) {
            return Outcome.rejected(SalesRejection.ORDER_ALREADY_CANCELLED);
        }
        notices.orderRefunded(cancelled, quote.amount(), now);
        if (quote.amount().isZero()) {
            return Outcome.accepted(Optional.empty());
        }
        return Outcome.accepted(refunds.recordForOrder(cancelled.id(), quote.amount(), RefundCause.BUYER_CANCELLED,
                now));
    }
}
