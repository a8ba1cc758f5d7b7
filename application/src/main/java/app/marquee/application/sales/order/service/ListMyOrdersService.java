package app.marquee.application.sales.order.service;

import app.marquee.application.sales.order.OrderCursor;
import app.marquee.application.sales.order.port.in.ListMyOrdersQuery;
import app.marquee.application.sales.order.port.out.LoadOrderPort;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.order.Order;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/** Pages through the caller's orders, newest first. */
@Singleton
public class ListMyOrdersService implements ListMyOrdersQuery {
    private final LoadOrderPort orders;
    private final OrderViews views;

    public ListMyOrdersService(LoadOrderPort orders, OrderViews views) {
        this.orders = orders;
        this.views = views;
    }

    @Override
    public Outcome<OrderPage> list(Listing listing) {
        Optional<OrderCursor> after = listing.after().flatMap(OrderCursor::read);
        if (listing.after().isPresent() && after.isEmpty()) {
            return Outcome.rejected(Rejection.onField(SalesRejection.INVALID_CURSOR, "cursor"));
        }
        List<Order> found = orders.ofBuyer(listing.buyer(), after, listing.limit() + 1);
        if (found.size() <= listing.limit()) {
            return Outcome.accepted(new OrderPage(views.of(found), Optional.empty()));
        }
        List<Order> page = found.subList(0, listing.limit());
        Order last = page.get(page.size() - 1);
        return Outcome.accepted(new OrderPage(views.of(page),
                Optional.of(new OrderCursor(last.placedAt(), last.id()).write())));
    }
}
