package app.marquee.application.sales.order.fakes;

import app.marquee.application.sales.hold.port.out.LoadHoldPort;
import app.marquee.application.sales.order.HeldTicket;
import app.marquee.application.sales.order.LabelledTicket;
import app.marquee.application.sales.order.OrderCursor;
import app.marquee.application.sales.order.TicketCursor;
import app.marquee.application.sales.order.port.out.LoadOrderPort;
import app.marquee.application.sales.order.port.out.SaveOrderPort;
import app.marquee.application.sales.order.port.out.SeatClaimsLostException;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.sales.hold.Hold;
import app.marquee.domain.sales.hold.HoldId;
import app.marquee.domain.sales.hold.HoldState;
import app.marquee.domain.sales.order.Order;
import app.marquee.domain.sales.order.OrderId;
import app.marquee.domain.sales.order.Purchase;
import app.marquee.domain.sales.order.Ticket;
import app.marquee.domain.sales.order.TicketNumber;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/** Holds, orders and tickets as tables; a hold whose seats another buyer took can be staged. */
public final class InMemoryOrders implements LoadHoldPort, SaveOrderPort, LoadOrderPort {
    private final Map<HoldId, Hold> holds = new LinkedHashMap<>();
    private final Map<OrderId, Order> orders = new LinkedHashMap<>();
    private final List<Ticket> tickets = new ArrayList<>();
    private final Set<HoldId> lostSeats = new HashSet<>();
    private final AtomicLong numbers = new AtomicLong();

    public Hold put(Hold hold) {
        holds.put(hold.id(), copy(hold, hold.state()));
        return hold;
    }

    /** The hold lapsed and another buyer claimed its seats: converting it must roll back. */
    public void seatsTakenFrom(HoldId hold) {
        lostSeats.add(hold);
    }

    public HoldState stateOf(HoldId hold) {
        return holds.get(hold).state();
    }

    public int orderCount() {
        return orders.size();
    }

    public int ticketCount() {
        return tickets.size();
    }

    @Override
    public Optional<Hold> byId(HoldId id) {
        return Optional.ofNullable(holds.get(id)).map(hold -> copy(hold, hold.state()));
    }

    @Override
    public List<TicketNumber> drawTicketNumbers(int count) {
        List<TicketNumber> drawn = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            drawn.add(new TicketNumber(numbers.incrementAndGet()));
        }
        return drawn;
    }

    @Override
    public boolean convertHold(HoldId id, Instant now) {
        Hold hold = holds.get(id);
        if (hold == null || !hold.isLiveAt(now)) {
            return false;
        }
        holds.put(id, copy(hold, HoldState.CONVERTED));
        return true;
    }

    @Override
    public void add(Purchase purchase) {
        if (lostSeats.contains(purchase.order().hold())) {
            Hold hold = holds.get(purchase.order().hold());
            holds.put(hold.id(), copy(hold, HoldState.ACTIVE));
            throw new SeatClaimsLostException(hold.id());
        }
        orders.put(purchase.order().id(), purchase.order());
        tickets.addAll(purchase.tickets());
    }

    @Override
    public Optional<Order> byId(OrderId id) {
        return Optional.ofNullable(orders.get(id));
    }

    @Override
    public List<LabelledTicket> ticketsOf(Collection<OrderId> ids) {
        return tickets.stream().filter(t -> ids.contains(t.order()))
                .map(t -> new LabelledTicket(t, t.seat().map(s -> "Seat " + s), t.area().map(a -> "Area " + a), "Tier"))
                .toList();
    }

    @Override
    public List<Order> ofBuyer(AccountId buyer, Optional<OrderCursor> after, int limit) {
        Comparator<Order> newestFirst = Comparator.comparing(Order::placedAt).thenComparing(o -> o.id().value())
                .reversed();
        return orders.values().stream().filter(o -> o.buyer().equals(buyer))
                .filter(o -> after.map(c -> newestFirst.compare(o, orders.get(c.id())) > 0).orElse(true))
                .sorted(newestFirst).limit(limit).toList();
    }

    @Override
    public List<HeldTicket> ofHolder(AccountId holder, Optional<TicketCursor> after, int limit) {
        return tickets.stream().filter(t -> t.holder().equals(holder))
                .filter(t -> after.map(c -> t.number().value() < c.number()).orElse(true))
                .sorted(Comparator.comparing((Ticket t) -> t.number().value()).reversed()).limit(limit)
                .map(t -> new HeldTicket(ticketsOf(List.of(t.order())).stream()
                        .filter(l -> l.ticket().id().equals(t.id())).findFirst().orElseThrow(),
                        Instant.parse("2026-12-10T20:00:00Z"), "Hall", "Gala")).toList();
    }

    private static Hold copy(Hold hold, HoldState state) {
        return Hold.rehydrate(hold.id(), hold.show(), hold.buyer(), hold.kind(), hold.items(), hold.promo(),
                hold.createdAt(), hold.expiresAt(), state);
    }
}
