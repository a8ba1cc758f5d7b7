package app.marquee.application.sales.order;

import app.marquee.domain.payment.card.CardSummary;
import app.marquee.domain.sales.order.Order;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** An order with its tickets and the card it was paid with (none for an order whose total was zero). */
public record OrderView(Order order, Optional<CardSummary> card, List<TicketView> tickets) {
    public OrderView {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(card, "card");
        tickets = List.copyOf(tickets);
    }
}
