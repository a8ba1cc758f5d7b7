package app.marquee.domain.sales.inventory;

import app.marquee.domain.sales.show.PriceTier;
import app.marquee.domain.sales.show.SaleTerms;
import app.marquee.domain.sales.show.TierId;
import app.marquee.domain.sales.venue.AreaId;
import app.marquee.domain.sales.venue.SeatId;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What is left of a show, from its seating plan and the claims of its live holds and valid
 * tickets: each seat AVAILABLE, HELD or SOLD (never by whom), and what remains per area and per
 * tier. It refuses to exist in an oversold state: a seat is claimed at most once, and in each
 * area sold + held never exceeds the capacity. Expired holds are not claims at all: whoever
 * builds an inventory leaves them out (see {@code Hold#claimsAt}), marked EXPIRED or not.
 * <p>
 * The store guarantees the same atomically. Seats: one claim row per {@code (show_id, seat_id)}
 * ({@code UNIQUE}); a new hold takes a seat with {@code INSERT ... ON CONFLICT (show_id, seat_id)
 * DO UPDATE ... WHERE} the existing claim is a hold that is no longer live (not ACTIVE, or
 * {@code expires_at <= now}); no row written means SEATS_UNAVAILABLE; a void ticket deletes its
 * claim. Areas: under a lock of the area's row ({@code FOR UPDATE}), {@code sold + (places of live
 * holds) + n <= capacity}, or with a counter, {@code UPDATE ... SET taken = taken + n WHERE
 * taken + n <= capacity} after giving back the places of the area's lapsed holds; no row updated
 * means AREA_SOLD_OUT.
 */
public final class Inventory {
    private final SeatingPlan plan;
    private final Map<SeatId, SeatState> seats;
    private final Map<AreaId, Integer> held;
    private final Map<AreaId, Integer> sold;

    private Inventory(SeatingPlan plan) {
        this.plan = plan;
        this.seats = new HashMap<>();
        plan.seats().keySet().forEach(seat -> seats.put(seat, SeatState.AVAILABLE));
        this.held = new HashMap<>();
        this.sold = new HashMap<>();
    }

    /** @throws IllegalStateException when the claims oversell the plan or name a place it lacks */
    public static Inventory of(SeatingPlan plan, Collection<Claim> claims) {
        Inventory inventory = new Inventory(plan);
        claims.forEach(inventory::take);
        return inventory;
    }

    private void take(Claim claim) {
        if (claim.seat().isPresent()) {
            SeatId seat = claim.seat().get();
            SeatState now = seats.get(seat);
            if (now == null) {
                throw new IllegalStateException("seat " + seat + " is not in the seating plan");
            }
            if (now != SeatState.AVAILABLE) {
                throw new IllegalStateException("seat " + seat + " is claimed twice");
            }
            seats.put(seat, claim.standing() == Claim.Standing.SOLD ? SeatState.SOLD : SeatState.HELD);
            return;
        }
        AreaId area = claim.area().orElseThrow();
        if (claim.quantity() > remainingIn(area)) {
            throw new IllegalStateException("area " + area + " is oversold");
        }
        (claim.standing() == Claim.Standing.SOLD ? sold : held).merge(area, claim.quantity(), Integer::sum);
    }

    public SeatState stateOf(SeatId seat) {
        SeatState state = seats.get(seat);
        if (state == null) {
            throw new IllegalArgumentException("seat " + seat + " is not in the seating plan");
        }
        return state;
    }

    public Map<SeatId, SeatState> seats() {
        return Map.copyOf(seats);
    }

    public int remainingIn(AreaId area) {
        int capacity = plan.capacityOf(area)
                .orElseThrow(() -> new IllegalArgumentException("area " + area + " is not in the seating plan"));
        return capacity - heldIn(area) - soldIn(area);
    }

    public int heldIn(AreaId area) {
        return held.getOrDefault(area, 0);
    }

    public int soldIn(AreaId area) {
        return sold.getOrDefault(area, 0);
    }

    /**
     * The places this tier could still sell: its available seats and what remains in its areas.
     * Tiers may share places (FULL and REDUCED on the same seats), so these do not add up.
     */
    public int remainingFor(PriceTier tier) {
        long seatsLeft = seats.entrySet().stream()
                .filter(e -> e.getValue() == SeatState.AVAILABLE && tier.appliesToSeat(plan.seats().get(e.getKey())))
                .count();
        int areaLeft = tier.areas().stream().filter(a -> plan.capacityOf(a).isPresent())
                .mapToInt(this::remainingIn).sum();
        return Math.toIntExact(seatsLeft + areaLeft);
    }

    public Map<TierId, Integer> remainingByTier(SaleTerms terms) {
        Map<TierId, Integer> remaining = new LinkedHashMap<>();
        terms.tiers().forEach(tier -> remaining.put(tier.id(), remainingFor(tier)));
        return remaining;
    }

    public int remaining() {
        long seatsLeft = seats.values().stream().filter(s -> s == SeatState.AVAILABLE).count();
        return Math.toIntExact(seatsLeft + plan.areaCapacities().keySet().stream().mapToInt(this::remainingIn).sum());
    }

    /** Nothing left to sell right now (places may come back when holds lapse or orders are cancelled). */
    public boolean isSoldOut() {
        return remaining() == 0;
    }

    public SeatingPlan plan() {
        return plan;
    }
}
