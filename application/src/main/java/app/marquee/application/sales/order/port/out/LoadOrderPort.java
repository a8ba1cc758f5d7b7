package app.marquee.application.sales.order.port.out;

import app.marquee.application.sales.order.HeldTicket;
import app.marquee.application.sales.order.LabelledTicket;
import app.marquee.application.sales.order.OrderCursor;
import app.marquee.application.sales.order.TicketCursor;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.sales.order.Order;
import app.marquee.domain.sales.order.OrderId;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Reads orders and tickets, with the names of their seats, areas and tiers. */
public interface LoadOrderPort {
    Optional<Order> byId(OrderId id);

    /** The tickets of these orders, in each order's line order. */
    List<LabelledTicket> ticketsOf(Collection<OrderId> orders);

    /** A buyer's orders, newest first, after the cursor; at most {@code limit}. */
    List<Order> ofBuyer(AccountId buyer, Optional<OrderCursor> after, int limit);

    /** A holder's tickets, valid or void, latest show first then by number, after the cursor. */
    List<HeldTicket> ofHolder(AccountId holder, Optional<TicketCursor> after, int limit);
}
