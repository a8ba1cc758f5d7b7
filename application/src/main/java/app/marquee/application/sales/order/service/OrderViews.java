package app.marquee.application.sales.order.service;

import app.marquee.application.sales.order.LabelledTicket;
import app.marquee.application.sales.order.OrderView;
import app.marquee.application.sales.order.TicketView;
import app.marquee.application.sales.order.port.out.LoadOrderPort;
import app.marquee.application.sales.order.port.out.PaymentsPort;
import app.marquee.application.sales.order.port.out.SignTicketsPort;
import app.marquee.domain.payment.card.CardSummary;
import app.marquee.domain.sales.order.Order;
import app.marquee.domain.sales.order.OrderId;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Puts orders together as their buyers see them: tickets with names and signed codes, and the card paid with. */
@Singleton
public class OrderViews {
    private final LoadOrderPort orders;
    private final PaymentsPort payments;
    private final SignTicketsPort signer;

    public OrderViews(LoadOrderPort orders, PaymentsPort payments, SignTicketsPort signer) {
        this.orders = orders;
        this.payments = payments;
        this.signer = signer;
    }

    /** One read-only transaction for the order and its three reads (one connection, not three). */
    @Transactional
    public Optional<OrderView> of(OrderId id) {
        return orders.byId(id).map(order -> of(List.of(order)).get(0));
    }

    /** The views of these orders, in the same order: three reads whatever their number. */
    public List<OrderView> of(List<Order> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        List<OrderId> ids = page.stream().map(Order::id).toList();
        Map<OrderId, List<LabelledTicket>> tickets = orders.ticketsOf(ids).stream()
                .collect(Collectors.groupingBy(t -> t.ticket().order()));
        Map<OrderId, CardSummary> cards = payments.cardsOf(ids);
        return page.stream().map(order -> new OrderView(order, Optional.ofNullable(cards.get(order.id())),
                tickets.getOrDefault(order.id(), List.of()).stream()
                        .map(t -> new TicketView(t, t.ticket().code(signer))).toList())).toList();
    }
}
