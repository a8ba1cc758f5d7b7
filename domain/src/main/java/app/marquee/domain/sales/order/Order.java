package app.marquee.domain.sales.order;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.payment.Money;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.hold.AppliedPromo;
import app.marquee.domain.sales.hold.Hold;
import app.marquee.domain.sales.hold.HoldId;
import app.marquee.domain.sales.hold.HoldItem;
import app.marquee.domain.sales.hold.HoldState;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.sales.show.ShowId;
import app.marquee.domain.shared.Outcome;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a buyer paid for: the lines and total of the hold it came from, unchanged (what was shown
 * is what is charged), and one ticket per place. An order is only made from the buyer's own ACTIVE,
 * unexpired hold, which it converts (so a hold makes one order at most: {@code UNIQUE (hold_id)});
 * a payment confirmed after its hold expired is refunded by the caller, never ticketed. An order
 * is cancelled once, with its refund, and its tickets go void so their places return to sale
 * ({@code UPDATE orders SET state = 'CANCELLED' WHERE id = ? AND state = 'PAID'}).
 */
public final class Order {
    private final OrderId id;
    private final AccountId buyer;
    private final ShowId show;
    private final HoldId hold;
    private final List<HoldItem> lines;
    private final Optional<AppliedPromo> promo;
    private final Money total;
    private final Instant placedAt;
    private Optional<Cancellation> cancellation;

    private Order(OrderId id, AccountId buyer, ShowId show, HoldId hold, List<HoldItem> lines,
                  Optional<AppliedPromo> promo, Money total, Instant placedAt, Optional<Cancellation> cancellation) {
        this.id = Objects.requireNonNull(id);
        this.buyer = Objects.requireNonNull(buyer);
        this.show = Objects.requireNonNull(show);
        this.hold = Objects.requireNonNull(hold);
        this.lines = List.copyOf(lines);
        this.promo = Objects.requireNonNull(promo);
        this.total = Objects.requireNonNull(total);
        this.placedAt = Objects.requireNonNull(placedAt);
        this.cancellation = Objects.requireNonNull(cancellation);
        if (this.lines.isEmpty()) {
            throw new IllegalArgumentException("an order has one line at least");
        }
        cancellation.ifPresent(c -> refundable(c.refunded()));
    }

    /**
     * The buyer has paid {@code hold}'s total: converts the hold (refused as the hold refuses:
     * HOLD_NOT_FOUND for another buyer's, HOLD_EXPIRED, HOLD_NOT_ACTIVE) and issues the tickets,
     * numbered from {@code firstNumber} on, in line order. A live hold may be paid after the sales
     * window closed (its places were kept for it), but not once the show is cancelled
     * (SHOW_CANCELLED) or over (SHOW_PAST).
     */
    public static Outcome<Purchase> fromHold(Hold hold, Show show, AccountId payer, TicketNumber firstNumber,
                                             Instant now) {
        List<TicketNumber> numbers = new ArrayList<>();
        for (int i = 0; i < hold.places(); i++) {
            numbers.add(firstNumber.plus(i));
        }
        return fromHold(hold, show, payer, numbers, now);
    }

    /**
     * Whether {@code payer} may pay for {@code hold} now, asked before any money moves and without
     * converting it: refused as {@link #fromHold} would refuse it (HOLD_NOT_FOUND for another buyer's,
     * SHOW_CANCELLED, SHOW_PAST, HOLD_EXPIRED, HOLD_NOT_ACTIVE), so a buyer is never charged for a
     * hold that could not become an order at this moment.
     */
    public static Outcome<Hold> payable(Hold hold, Show show, AccountId payer, Instant now) {
        if (!hold.show().equals(show.id())) {
            throw new IllegalArgumentException("hold " + hold.id() + " is for another show");
        }
        if (!hold.buyer().equals(payer)) {
            return Outcome.rejected(SalesRejection.HOLD_NOT_FOUND);
        }
        if (show.lifecycle() == Show.Lifecycle.CANCELLED) {
            return Outcome.rejected(SalesRejection.SHOW_CANCELLED);
        }
        if (show.hasEndedAt(now)) {
            return Outcome.rejected(SalesRejection.SHOW_PAST);
        }
        if (hold.state() == HoldState.EXPIRED || (hold.state() == HoldState.ACTIVE && !hold.isLiveAt(now))) {
            return Outcome.rejected(SalesRejection.HOLD_EXPIRED);
        }
        if (hold.state() != HoldState.ACTIVE) {
            return Outcome.rejected(SalesRejection.HOLD_NOT_ACTIVE);
        }
        return Outcome.accepted(hold);
    }

    /**
     * As above, with one ticket number per place, in line order, each unused at the show (a store
     * may draw them from one sequence shared by all shows, so they need not follow each other).
     */
    public static Outcome<Purchase> fromHold(Hold hold, Show show, AccountId payer, List<TicketNumber> numbers,
                                             Instant now) {
        if (!hold.show().equals(show.id())) {
            throw new IllegalArgumentException("hold " + hold.id() + " is for another show");
        }
        if (numbers.size() != hold.places() || Set.copyOf(numbers).size() != numbers.size()) {
            throw new IllegalArgumentException("one distinct ticket number per place of hold " + hold.id());
        }
        if (!hold.buyer().equals(payer)) {
            return Outcome.rejected(SalesRejection.HOLD_NOT_FOUND);
        }
        if (show.lifecycle() == Show.Lifecycle.CANCELLED) {
            return Outcome.rejected(SalesRejection.SHOW_CANCELLED);
        }
        if (show.hasEndedAt(now)) {
            return Outcome.rejected(SalesRejection.SHOW_PAST);
        }
        return hold.convertFor(payer, now).map(converted -> {
            Order order = new Order(OrderId.newId(), converted.buyer(), converted.show(), converted.id(),
                    converted.items(), converted.promo(), converted.total(), now, Optional.empty());
            return new Purchase(order, order.issueTickets(numbers));
        });
    }

    /** For the persistence adapter only. */
    public static Order rehydrate(OrderId id, AccountId buyer, ShowId show, HoldId hold, List<HoldItem> lines,
                                  Optional<AppliedPromo> promo, Money total, Instant placedAt,
                                  Optional<Cancellation> cancellation) {
        return new Order(id, buyer, show, hold, lines, promo, total, placedAt, cancellation);
    }

    private List<Ticket> issueTickets(List<TicketNumber> numbers) {
        List<Ticket> tickets = new ArrayList<>();
        for (HoldItem line : lines) {
            for (int i = 0; i < line.quantity(); i++) {
                tickets.add(Ticket.issue(show, id, numbers.get(tickets.size()), buyer, line.seat(), line.area(),
                        line.tier(), line.unitPrice()));
            }
        }
        return tickets;
    }

    /**
     * Calls the order off with {@code refund} (decided by the refund policy, at most the total) and
     * voids every one of its tickets, which must all be given. ORDER_ALREADY_CANCELLED the second time.
     */
    public Outcome<Order> cancel(CancelledBy by, Money refund, List<Ticket> itsTickets, Instant now) {
        if (cancellation.isPresent()) {
            return Outcome.rejected(SalesRejection.ORDER_ALREADY_CANCELLED);
        }
        refundable(refund);
        if (itsTickets.size() != places() || itsTickets.stream().anyMatch(t -> !t.order().equals(id))) {
            throw new IllegalArgumentException("cancelling an order voids all of its tickets and no other");
        }
        itsTickets.forEach(Ticket::cancel);
        cancellation = Optional.of(new Cancellation(by, now, refund));
        return Outcome.accepted(this);
    }

    private void refundable(Money refund) {
        if (refund.compareTo(total) > 0) {
            throw new IllegalArgumentException("a refund never exceeds what was paid");
        }
    }

    public OrderState state() {
        return cancellation.isPresent() ? OrderState.CANCELLED : OrderState.PAID;
    }

    public boolean isOwnedBy(AccountId account) {
        return buyer.equals(account);
    }

    public int places() {
        return lines.stream().mapToInt(HoldItem::quantity).sum();
    }

    public OrderId id() {
        return id;
    }

    public AccountId buyer() {
        return buyer;
    }

    public ShowId show() {
        return show;
    }

    public HoldId hold() {
        return hold;
    }

    public List<HoldItem> lines() {
        return lines;
    }

    public Optional<AppliedPromo> promo() {
        return promo;
    }

    public Money total() {
        return total;
    }

    public Instant placedAt() {
        return placedAt;
    }

    public Optional<Cancellation> cancellation() {
        return cancellation;
    }
}
