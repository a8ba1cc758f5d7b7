package app.marquee.domain.sales.hold;

import app.marquee.domain.payment.Money;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.inventory.Claim;
import app.marquee.domain.sales.inventory.Inventory;
import app.marquee.domain.sales.inventory.SeatingPlan;
import app.marquee.domain.sales.promo.PromoCode;
import app.marquee.domain.sales.promo.PromoUsage;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides whether a buyer may hold what they ask for, and places the hold. Refusals, in order:
 * the show's own (cancelled, past, draft, window not open or closed), HOLD_EMPTY,
 * DUPLICATE_SEAT, PER_ORDER_LIMIT_EXCEEDED (every place counted), then per item SEAT_NOT_FOUND /
 * AREA_NOT_FOUND, TIER_NOT_FOUND, TIER_NOT_APPLICABLE, and last SEATS_UNAVAILABLE (listing every
 * seat held or sold) or AREA_SOLD_OUT (listing the areas with fewer places left than asked).
 * The buyer's previous ACTIVE hold on the show is left out of the count and closed by the new one
 * (one ACTIVE hold per buyer per show); a refused request leaves it as it was.
 */
public final class HoldPlacement {
    private final Duration holdFor;

    public HoldPlacement(Duration holdFor) {
        if (holdFor.isNegative() || holdFor.isZero()) {
            throw new IllegalArgumentException("a hold lasts some time");
        }
        this.holdFor = holdFor;
    }

    public static HoldPlacement byDefault() {
        return new HoldPlacement(Hold.DEFAULT_DURATION);
    }

    /**
     * @param holdsOfShow the show's ACTIVE holds (expired or not: only live ones count); a store that
     *                    counts places itself may give only the buyer's own ACTIVE hold here
     * @param sold        the places of the show's valid tickets, and any other places taken that
     *                    {@code holdsOfShow} does not give (HELD claims of other buyers' live holds)
     */
    public Outcome<PlacedHold> place(HoldRequest request, Show show, SeatingPlan plan, Collection<Hold> holdsOfShow,
                                     Collection<Claim> sold, Instant now) {
        if (!request.show().equals(show.id())) {
            throw new IllegalArgumentException("the request is for another show");
        }
        Outcome<Show> onSale = show.acceptsSalesAt(now);
        if (onSale instanceof Outcome.Rejected<Show> rejected) {
            return Outcome.rejected(rejected.rejection());
        }
        Optional<Hold> previous = holdsOfShow.stream()
                .filter(h -> h.buyer().equals(request.buyer()) && h.state() == HoldState.ACTIVE).findFirst();
        List<Claim> claims = new ArrayList<>(sold);
        holdsOfShow.stream().filter(h -> previous.map(p -> p != h).orElse(true))
                .forEach(h -> claims.addAll(h.claimsAt(now)));
        Inventory inventory = Inventory.of(plan, claims);
        Outcome<List<HoldItem>> priced = new HoldRequestCheck(request, show.terms(), inventory).items();
        if (priced instanceof Outcome.Rejected<List<HoldItem>> rejected) {
            return Outcome.rejected(rejected.rejection());
        }
        previous.ifPresent(p -> close(p, now));
        List<HoldItem> items = ((Outcome.Accepted<List<HoldItem>>) priced).value();
        Hold hold = Hold.purchase(request.buyer(), show.id(), items, now, holdFor);
        return Outcome.accepted(new PlacedHold(hold, previous));
    }

    /**
     * Puts a promo code on a hold just placed (before it is saved): the code's own refusals (see
     * {@link PromoCode#discountFor}) or the discount, taken off the hold's subtotal.
     */
    public static Outcome<Hold> applyPromo(Hold hold, Show show, PromoCode code, PromoUsage usage, Instant now) {
        Objects.requireNonNull(code, "promo code");
        Outcome<Money> discount = code.discountFor(show.event(), hold.subtotal(), usage, now);
        return discount.map(off -> {
            hold.carry(new AppliedPromo(code.id(), code.code(), off));
            return hold;
        });
    }

    private static void close(Hold previous, Instant now) {
        if (previous.isLiveAt(now)) {
            previous.release();
        } else {
            previous.expire(now);
        }
    }

    static Rejection about(SalesRejection reason, List<String> what) {
        return Rejection.of(reason).withSubjects(what);
    }
}
