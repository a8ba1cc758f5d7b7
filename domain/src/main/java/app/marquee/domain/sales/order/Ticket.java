package app.marquee.domain.sales.order;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.payment.Money;
import app.marquee.domain.sales.inventory.Claim;
import app.marquee.domain.sales.show.ShowId;
import app.marquee.domain.sales.show.TierId;
import app.marquee.domain.sales.venue.AreaId;
import app.marquee.domain.sales.venue.SeatId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The right of one person (its holder, the buyer) to one place at one show: a seat, or a place in
 * an area. A valid ticket keeps its place SOLD; a void one (its order was cancelled) gives it back
 * and never gets anyone in. It is checked in once: the first time is kept
 * ({@code UPDATE tickets SET checked_in_at = ? WHERE id = ? AND checked_in_at IS NULL}).
 */
public final class Ticket {
    private final TicketId id;
    private final ShowId show;
    private final OrderId order;
    private final TicketNumber number;
    private final AccountId holder;
    private final Optional<SeatId> seat;
    private final Optional<AreaId> area;
    private final TierId tier;
    private final Money price;
    private TicketState state;
    private Optional<Instant> checkedInAt;

    private Ticket(TicketId id, ShowId show, OrderId order, TicketNumber number, AccountId holder,
                   Optional<SeatId> seat, Optional<AreaId> area, TierId tier, Money price, TicketState state,
                   Optional<Instant> checkedInAt) {
        this.id = Objects.requireNonNull(id);
        this.show = Objects.requireNonNull(show);
        this.order = Objects.requireNonNull(order);
        this.number = Objects.requireNonNull(number);
        this.holder = Objects.requireNonNull(holder);
        this.seat = Objects.requireNonNull(seat);
        this.area = Objects.requireNonNull(area);
        this.tier = Objects.requireNonNull(tier);
        this.price = Objects.requireNonNull(price);
        this.state = Objects.requireNonNull(state);
        this.checkedInAt = Objects.requireNonNull(checkedInAt);
        if (seat.isPresent() == area.isPresent()) {
            throw new IllegalArgumentException("a ticket is for a seat or for a place in an area");
        }
    }

    static Ticket issue(ShowId show, OrderId order, TicketNumber number, AccountId holder, Optional<SeatId> seat,
                        Optional<AreaId> area, TierId tier, Money price) {
        return new Ticket(TicketId.newId(), show, order, number, holder, seat, area, tier, price,
                TicketState.VALID, Optional.empty());
    }

    /** For the persistence adapter only. */
    public static Ticket rehydrate(TicketId id, ShowId show, OrderId order, TicketNumber number, AccountId holder,
                                   Optional<SeatId> seat, Optional<AreaId> area, TierId tier, Money price,
                                   TicketState state, Optional<Instant> checkedInAt) {
        return new Ticket(id, show, order, number, holder, seat, area, tier, price, state, checkedInAt);
    }

    /** The place this ticket keeps SOLD: none once void. */
    public Optional<Claim> claim() {
        if (state != TicketState.VALID) {
            return Optional.empty();
        }
        return Optional.of(seat.map(s -> Claim.ofSeat(s, Claim.Standing.SOLD))
                .orElseGet(() -> Claim.inArea(area.orElseThrow(), 1, Claim.Standing.SOLD)));
    }

    /** Records the holder's entry; the check-in decision ({@code CheckIn}) makes sure it is the first. */
    public void admit(Instant now) {
        if (state != TicketState.VALID || checkedInAt.isPresent()) {
            throw new IllegalStateException("ticket " + id + " cannot be admitted again");
        }
        checkedInAt = Optional.of(now);
    }

    void cancel() {
        state = TicketState.VOID;
    }

    public boolean isHeldBy(AccountId account) {
        return holder.equals(account);
    }

    public TicketCode code(TicketSigner signer) {
        return TicketCode.of(id, show, signer);
    }

    public TicketId id() {
        return id;
    }

    public ShowId show() {
        return show;
    }

    public OrderId order() {
        return order;
    }

    public TicketNumber number() {
        return number;
    }

    public AccountId holder() {
        return holder;
    }

    public Optional<SeatId> seat() {
        return seat;
    }

    public Optional<AreaId> area() {
        return area;
    }

    public TierId tier() {
        return tier;
    }

    public Money price() {
        return price;
    }

    public TicketState state() {
        return state;
    }

    public Optional<Instant> checkedInAt() {
        return checkedInAt;
    }
}
