package app.marquee.application.sales.refund.service;

import app.marquee.application.sales.order.LabelledTicket;
import app.marquee.application.sales.order.port.out.LoadOrderPort;
import app.marquee.application.sales.order.service.OrderViews;
import app.marquee.application.sales.refund.CancelledOrder;
import app.marquee.application.sales.refund.RefundStatus;
import app.marquee.application.sales.refund.port.in.CancelOrderUseCase;
import app.marquee.application.sales.refund.port.out.RefundsPort;
import app.marquee.application.sales.show.port.out.LoadShowPort;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.order.Order;
import app.marquee.domain.sales.order.Ticket;
import app.marquee.domain.sales.refund.OrderCancellation;
import app.marquee.domain.sales.refund.RefundPolicy;
import app.marquee.domain.sales.refund.RefundQuote;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A buyer's cancellation: the domain decides ({@link OrderCancellation#byBuyer} with the configured
 * {@link RefundPolicy}), one transaction records it ({@link CancellationBookkeeping}), and after the
 * commit the refund is asked of the provider ({@link RefundSender}); if the provider is down it stays
 * PENDING for the refund dispatcher, and the buyer is told so.
 */
@Singleton
public class CancelOrderService implements CancelOrderUseCase {
    private final LoadOrderPort orders;
    private final LoadShowPort shows;
    private final RefundPolicy policy;
    private final CancellationBookkeeping books;
    private final RefundsPort refunds;
    private final RefundSender sender;
    private final OrderViews views;
    private final Clock clock;

    public CancelOrderService(LoadOrderPort orders, LoadShowPort shows, RefundPolicy policy,
                              CancellationBookkeeping books, RefundsPort refunds, RefundSender sender, OrderViews views,
                              Clock clock) {
        this.orders = orders;
        this.shows = shows;
        this.policy = policy;
        this.books = books;
        this.refunds = refunds;
        this.sender = sender;
        this.views = views;
        this.clock = clock;
    }

    @Override
    public Outcome<CancelledOrder> cancel(Command command) {
        Instant now = clock.instant();
        Optional<Order> order = orders.byId(command.order()).filter(found -> found.isOwnedBy(command.buyer()));
        Optional<Show> show = order.flatMap(found -> shows.byId(found.show()));
        if (show.isEmpty()) {
            return Outcome.rejected(SalesRejection.ORDER_NOT_FOUND);
        }
        List<Ticket> tickets = orders.ticketsOf(List.of(command.order())).stream().map(LabelledTicket::ticket).toList();
        Outcome<RefundQuote> quoted = OrderCancellation.byBuyer(order.get(), command.buyer(), tickets,
                show.get().startsAt(), policy, now);
        if (!(quoted instanceof Outcome.Accepted<RefundQuote> quote)) {
            return Outcome.rejected(((Outcome.Rejected<RefundQuote>) quoted).rejection());
        }
        return books.record(order.get(), tickets, quote.value(), now).map(refund -> new CancelledOrder(
                views.of(command.order()).orElseThrow(), quote.value(), refund.map(this::send).orElse(RefundStatus.NONE)));
    }

    private RefundStatus send(UUID refund) {
        return refunds.pending(refund).map(sender::send)
                .orElseGet(() -> refunds.statusOf(refund).orElse(RefundStatus.PENDING));
    }
}
