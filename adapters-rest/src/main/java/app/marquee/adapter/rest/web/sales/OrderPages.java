package app.marquee.adapter.rest.web.sales;

import app.marquee.adapter.rest.web.Cursors;
import app.marquee.application.sales.order.MyTicketView;
import app.marquee.application.sales.order.TicketView;
import app.marquee.application.sales.order.port.in.ListMyOrdersQuery;
import app.marquee.application.sales.order.port.in.ListMyTicketsQuery;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The pages of the caller's orders and tickets. */
final class OrderPages {
    private OrderPages() {
    }

    @Serdeable
    @Schema(name = "OrderPage")
    record OrderPage(List<OrderResponse> items, @Nullable @Schema(nullable = true,
            description = "Pass as cursor for the next page; null on the last page") String nextCursor) {
        static OrderPage of(ListMyOrdersQuery.OrderPage page) {
            return new OrderPage(page.items().stream().map(OrderResponse::of).toList(),
                    page.nextAfter().map(Cursors::encode).orElse(null));
        }
    }

    @Serdeable
    @Schema(name = "MyTicketPage")
    record TicketPage(List<MyTicket> items, @Nullable @Schema(nullable = true,
            description = "Pass as cursor for the next page; null on the last page") String nextCursor) {
        static TicketPage of(ListMyTicketsQuery.TicketPage page) {
            return new TicketPage(page.items().stream().map(MyTicket::of).toList(),
                    page.nextAfter().map(Cursors::encode).orElse(null));
        }
    }

    @Serdeable
    @Schema(name = "MyTicket", description = "One of my tickets, valid or void, with its show")
    record MyTicket(UUID orderId, ShowRef show, OrderResponse.TicketResponse ticket) {
        static MyTicket of(MyTicketView view) {
            return new MyTicket(view.held().labelled().ticket().order().value(), new ShowRef(
                    view.held().labelled().ticket().show().value(), view.held().showStartsAt(),
                    view.held().venueName(), view.held().showTitle()),
                    OrderResponse.TicketResponse.of(new TicketView(view.held().labelled(), view.code())));
        }
    }

    @Serdeable
    @Schema(name = "TicketShow", description = "The show a ticket is for: its start, venue and the event's or film's title")
    record ShowRef(UUID id, Instant startsAt, String venueName, String title) {
    }
}
