package app.marquee.domain.sales.order;

import java.util.List;
import java.util.Objects;

/** A paid order with its tickets, one per place, to be saved together with the converted hold. */
public record Purchase(Order order, List<Ticket> tickets) {
    public Purchase {
        Objects.requireNonNull(order, "order");
        tickets = List.copyOf(tickets);
    }
}
