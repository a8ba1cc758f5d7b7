package app.marquee.application.sales.waitlist.service;

import app.marquee.domain.sales.hold.HoldItem;
import app.marquee.domain.sales.inventory.Claim;
import app.marquee.domain.sales.inventory.Inventory;
import app.marquee.domain.sales.inventory.SeatingPlan;
import app.marquee.domain.sales.seating.BestAvailable;
import app.marquee.domain.sales.seating.SeatRequest;
import app.marquee.domain.sales.show.PriceTier;
import app.marquee.domain.sales.venue.AreaId;
import app.marquee.domain.sales.venue.Seat;
import app.marquee.domain.sales.venue.SeatId;
import app.marquee.domain.sales.venue.SeatMap;
import app.marquee.domain.shared.Outcome;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The places an offer reserves: the best free seats of the tier's kinds one after another (as
 * best available would choose them for a buyer), then places in the tier's areas, fullest-left
 * area first. Empty when fewer are free than offered (the offer is not made).
 */
final class OfferedPlaces {
    private OfferedPlaces() {
    }

    static Optional<List<HoldItem>> choose(PriceTier tier, SeatMap map, SeatingPlan plan, Collection<Claim> taken,
                                           int places) {
        List<HoldItem> items = new ArrayList<>();
        Set<SeatId> busy = new HashSet<>();
        taken.forEach(claim -> claim.seat().ifPresent(busy::add));
        int left = places;
        while (left > 0 && !tier.seatKinds().isEmpty()) {
            Outcome<List<Seat>> next = BestAvailable.choose(map, busy, new SeatRequest(tier.seatKinds(), 1,
                    Optional.empty()));
            if (!(next instanceof Outcome.Accepted<List<Seat>> one)) {
                break;
            }
            SeatId seat = one.value().get(0).id();
            busy.add(seat);
            items.add(HoldItem.seat(seat, tier.id(), tier.price()));
            left--;
        }
        Inventory inventory = Inventory.of(plan, taken);
        List<AreaId> areas = tier.areas().stream().filter(a -> plan.capacityOf(a).isPresent())
                .sorted(Comparator.comparingInt(inventory::remainingIn).reversed()).toList();
        for (AreaId area : areas) {
            int here = Math.min(left, inventory.remainingIn(area));
            if (here > 0) {
                items.add(HoldItem.places(area, tier.id(), here, tier.price()));
                left -= here;
            }
        }
        return left == 0 ? Optional.of(items) : Optional.empty();
    }
}
