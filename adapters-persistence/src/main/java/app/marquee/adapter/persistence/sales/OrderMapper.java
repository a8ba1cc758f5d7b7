package app.marquee.adapter.persistence.sales;

import app.marquee.application.sales.order.HeldTicket;
import app.marquee.application.sales.order.LabelledTicket;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.payment.Money;
import app.marquee.domain.sales.hold.AppliedPromo;
import app.marquee.domain.sales.hold.HoldId;
import app.marquee.domain.sales.hold.HoldItem;
import app.marquee.domain.sales.order.Cancellation;
import app.marquee.domain.sales.order.CancelledBy;
import app.marquee.domain.sales.order.Order;
import app.marquee.domain.sales.order.OrderId;
import app.marquee.domain.sales.order.Ticket;
import app.marquee.domain.sales.order.TicketId;
import app.marquee.domain.sales.order.TicketNumber;
import app.marquee.domain.sales.order.TicketState;
import app.marquee.domain.sales.promo.PromoCodeId;
import app.marquee.domain.sales.show.ShowId;
import app.marquee.domain.sales.show.TierId;
import app.marquee.domain.sales.venue.AreaId;
import app.marquee.domain.sales.venue.SeatId;

import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Between orders, tickets and their rows; an order's lines are its hold's items. */
final class OrderMapper {
    private OrderMapper() {
    }

    static Order toDomain(OrderRow row, List<HoldItem> lines) {
        Currency currency = Currency.getInstance(row.currency());
        Optional<AppliedPromo> promo = Optional.ofNullable(row.promoCodeId()).map(code -> new AppliedPromo(
                new PromoCodeId(code), row.promoCode(), new Money(row.discountMinor(), currency)));
        Optional<Cancellation> cancellation = Optional.ofNullable(row.cancelledAt()).map(at -> new Cancellation(
                CancelledBy.valueOf(row.cancelledBy()), at, new Money(row.refundMinor(), currency)));
        return Order.rehydrate(new OrderId(row.id()), new AccountId(row.buyerId()), new ShowId(row.showId()),
                new HoldId(row.holdId()), lines, promo, new Money(row.totalMinor(), currency), row.placedAt(),
                cancellation);
    }

    static LabelledTicket labelled(TicketRow row) {
        Ticket ticket = Ticket.rehydrate(new TicketId(row.id()), new ShowId(row.showId()), new OrderId(row.orderId()),
                new TicketNumber(row.number()), new AccountId(row.holderId()),
                Optional.ofNullable(row.seatId()).map(SeatId::new), Optional.ofNullable(row.areaId()).map(AreaId::new),
                new TierId(row.tierId()), Money.of(row.priceMinor(), row.currency()), TicketState.valueOf(row.state()),
                Optional.ofNullable(row.checkedInAt()));
        return new LabelledTicket(ticket, Optional.ofNullable(row.seatLabel()), Optional.ofNullable(row.areaName()),
                row.tierName() == null ? "" : row.tierName());
    }

    static HeldTicket held(TicketRow row) {
        return new HeldTicket(labelled(row), row.startsAt(), row.venueName(), row.showTitle());
    }

    /** One column of the tickets, in their order; absent values stay null. */
    static String[] column(List<Ticket> tickets, Function<Ticket, Object> value) {
        return tickets.stream().map(value).map(v -> v == null ? null : String.valueOf(v)).toArray(String[]::new);
    }
}
