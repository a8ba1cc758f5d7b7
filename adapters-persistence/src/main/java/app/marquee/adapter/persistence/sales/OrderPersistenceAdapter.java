package app.marquee.adapter.persistence.sales;

import app.marquee.application.sales.order.HeldTicket;
import app.marquee.application.sales.order.LabelledTicket;
import app.marquee.application.sales.order.OrderCursor;
import app.marquee.application.sales.order.TicketCursor;
import app.marquee.application.sales.order.port.out.LoadOrderPort;
import app.marquee.application.sales.order.port.out.SaveOrderPort;
import app.marquee.application.sales.order.port.out.SeatClaimsLostException;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.payment.Money;
import app.marquee.domain.sales.hold.HoldId;
import app.marquee.domain.sales.hold.HoldItem;
import app.marquee.domain.sales.order.Order;
import app.marquee.domain.sales.order.OrderId;
import app.marquee.domain.sales.order.Purchase;
import app.marquee.domain.sales.order.Ticket;
import app.marquee.domain.sales.order.TicketNumber;
import app.marquee.domain.sales.show.TierId;
import app.marquee.domain.sales.venue.AreaId;
import app.marquee.domain.sales.venue.SeatId;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Orders and tickets in PostgreSQL. Converting a hold is {@code UPDATE holds ... WHERE state =
 * 'ACTIVE' AND expires_at > now} (once, never a lapsed hold); each seat's claim passes from the hold
 * to its ticket only if the hold still has it, or {@link SeatClaimsLostException} rolls the whole
 * order back; {@code tickets_one_valid_per_seat} and the numbers' unique key stand behind it. An
 * area's stock does not move: its {@code taken} already counts the hold's places.
 */
@Singleton
public class OrderPersistenceAdapter implements SaveOrderPort, LoadOrderPort {
    private final OrderRepository orders;
    private final HoldRepository holds;

    OrderPersistenceAdapter(OrderRepository orders, HoldRepository holds) {
        this.orders = orders;
        this.holds = holds;
    }

    @Override
    public List<TicketNumber> drawTicketNumbers(int count) {
        return orders.drawTicketNumbers(count).stream().map(TicketNumber::new).toList();
    }

    @Override
    public boolean convertHold(HoldId hold, Instant now) {
        return orders.convertHold(hold.value(), now) == 1;
    }

    @Override
    public void add(Purchase purchase) {
        Order order = purchase.order();
        List<Ticket> tickets = purchase.tickets();
        orders.insert(order.id().value(), order.show().value(), order.buyer().value(), order.hold().value(),
                order.total().currency().getCurrencyCode(), order.total().minor(), order.placedAt());
        orders.insertTickets(order.show().value(), order.id().value(), order.buyer().value(),
                OrderMapper.column(tickets, Ticket::id), OrderMapper.column(tickets, t -> t.number().value()),
                OrderMapper.column(tickets, t -> t.seat().map(SeatId::value).orElse(null)),
                OrderMapper.column(tickets, t -> t.area().map(AreaId::value).orElse(null)),
                OrderMapper.column(tickets, t -> t.tier().value()), OrderMapper.column(tickets, t -> t.price().minor()));
        List<Ticket> seated = tickets.stream().filter(t -> t.seat().isPresent()).toList();
        if (seated.isEmpty()) {
            return;
        }
        String[] seats = OrderMapper.column(seated, t -> t.seat().orElseThrow().value());
        orders.lockClaims(order.show().value(), order.hold().value(), seats);
        if (orders.ticketSeats(order.show().value(), order.hold().value(), seats, OrderMapper.column(seated, Ticket::id))
                != seated.size()) {
            throw new SeatClaimsLostException(order.hold());
        }
    }

    @Override
    @Transactional
    public Optional<Order> byId(OrderId id) {
        return withLines(orders.byIds(new String[] {id.toString()})).stream().findFirst();
    }

    @Override
    @Transactional
    public List<LabelledTicket> ticketsOf(Collection<OrderId> ids) {
        return orders.ticketsOf(ids.stream().map(OrderId::toString).toArray(String[]::new)).stream()
                .map(OrderMapper::labelled).toList();
    }

    @Override
    @Transactional
    public List<Order> ofBuyer(AccountId buyer, Optional<OrderCursor> after, int limit) {
        return withLines(orders.ofBuyer(buyer.value(), after.map(c -> c.placedAt().toString()).orElse(null),
                after.map(c -> c.id().toString()).orElse(null), limit));
    }

    @Override
    @Transactional
    public List<HeldTicket> ofHolder(AccountId holder, Optional<TicketCursor> after, int limit) {
        return orders.ofHolder(holder.value(), after.map(c -> c.showStartsAt().toString()).orElse(null),
                after.map(c -> Long.toString(c.number())).orElse(null), limit).stream().map(OrderMapper::held).toList();
    }

    /** The orders with their lines (their holds' items), in the order given: one more read for them all. */
    private List<Order> withLines(List<OrderRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<HoldItemRow>> items = holds.itemsOf(rows.stream().map(row -> row.holdId().toString())
                .toArray(String[]::new)).stream().collect(Collectors.groupingBy(HoldItemRow::holdId));
        return rows.stream().map(row -> OrderMapper.toDomain(row, items.getOrDefault(row.holdId(), List.of()).stream()
                .map(item -> line(item, Currency.getInstance(row.currency()))).toList())).toList();
    }

    private static HoldItem line(HoldItemRow row, Currency currency) {
        return new HoldItem(Optional.ofNullable(row.seatId()).map(SeatId::new),
                Optional.ofNullable(row.areaId()).map(AreaId::new), new TierId(row.tierId()), row.quantity(),
                new Money(row.unitPriceMinor(), currency));
    }
}
