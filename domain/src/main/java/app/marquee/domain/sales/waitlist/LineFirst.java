package app.marquee.domain.sales.waitlist;

import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.hold.Hold;
import app.marquee.domain.sales.inventory.Claim;
import app.marquee.domain.sales.inventory.Inventory;
import app.marquee.domain.sales.inventory.SeatingPlan;
import app.marquee.domain.sales.show.PriceTier;
import app.marquee.domain.sales.show.SaleTerms;
import app.marquee.domain.sales.show.TierId;
import app.marquee.domain.shared.Outcome;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * While people wait for places of a tier, places that come back are theirs, not a passer-by's:
 * the waiting wishes count as taken. A buyer's hold is refused (PLACES_KEPT_FOR_WAITING_LIST) when
 * it would leave some tier with fewer places than the others waiting for it want, and it takes
 * places of that tier; a hold that takes nothing the line needs (another tier's seats, or places
 * beyond what is wished) goes through. The buyer's own waiting wish does not count against them.
 */
public final class LineFirst {
    private LineFirst() {
    }

    /**
     * @param taken  what others hold or bought now (the buyer's replaced hold left out)
     * @param wishes places wished per tier by everyone waiting but the buyer
     */
    public static Outcome<Hold> admits(Hold hold, SaleTerms terms, SeatingPlan plan, Collection<Claim> taken,
                                       Map<TierId, Integer> wishes, Instant now) {
        if (wishes.isEmpty()) {
            return Outcome.accepted(hold);
        }
        Inventory before = Inventory.of(plan, taken);
        List<Claim> withHold = new ArrayList<>(taken);
        withHold.addAll(hold.claimsAt(now));
        Inventory after = Inventory.of(plan, withHold);
        for (Map.Entry<TierId, Integer> wish : wishes.entrySet()) {
            PriceTier tier = terms.tier(wish.getKey()).orElse(null);
            if (tier != null && after.remainingFor(tier) < before.remainingFor(tier)
                    && after.remainingFor(tier) < wish.getValue()) {
                return Outcome.rejected(SalesRejection.PLACES_KEPT_FOR_WAITING_LIST);
            }
        }
        return Outcome.accepted(hold);
    }
}
