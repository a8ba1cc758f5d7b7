package app.marquee.application.sales.order.service;

import app.marquee.application.sales.order.OrderView;
import app.marquee.application.sales.order.port.in.ViewOrderQuery;
import app.marquee.application.sales.order.port.out.LoadOrderPort;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.order.Order;
import app.marquee.domain.sales.order.OrderId;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;

import java.util.List;

/** An order for its buyer or an admin; for anyone else it does not exist. */
@Singleton
public class ViewOrderService implements ViewOrderQuery {
    private final LoadOrderPort orders;
    private final OrderViews views;

    public ViewOrderService(LoadOrderPort orders, OrderViews views) {
        this.orders = orders;
        this.views = views;
    }

    @Override
    public Outcome<OrderView> view(OrderId id, Reader reader) {
        return orders.byId(id).filter(order -> reader.admin() || order.isOwnedBy(reader.account()))
                .<Outcome<OrderView>>map(order -> Outcome.accepted(views.of(List.<Order>of(order)).get(0)))
                .orElseGet(() -> Outcome.rejected(SalesRejection.ORDER_NOT_FOUND));
    }
}
