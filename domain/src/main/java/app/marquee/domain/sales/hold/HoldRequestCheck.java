package app.marquee.domain.sales.hold;

import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.inventory.Inventory;
import app.marquee.domain.sales.inventory.SeatState;
import app.marquee.domain.sales.show.PriceTier;
import app.marquee.domain.sales.show.SaleTerms;
import app.marquee.domain.sales.venue.AreaId;
import app.marquee.domain.sales.venue.SeatId;
import app.marquee.domain.sales.venue.SeatKind;
import app.marquee.domain.shared.Outcome;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static app.marquee.domain.sales.hold.HoldPlacement.about;

/** The item-by-item checks of {@link HoldPlacement}, in its order; the accepted items carry their prices. */
final class HoldRequestCheck {
    private final HoldRequest request;
    private final SaleTerms terms;
    private final Inventory inventory;

    HoldRequestCheck(HoldRequest request, SaleTerms terms, Inventory inventory) {
        this.request = request;
        this.terms = terms;
        this.inventory = inventory;
    }

    Outcome<List<HoldItem>> items() {
        List<HoldRequest.Item> items = request.items();
        if (items.isEmpty()) {
            return Outcome.rejected(SalesRejection.HOLD_EMPTY);
        }
        Set<SeatId> seen = new HashSet<>();
        List<String> twice = seats().filter(seat -> !seen.add(seat)).distinct().map(SeatId::toString).toList();
        if (!twice.isEmpty()) {
            return Outcome.rejected(about(SalesRejection.DUPLICATE_SEAT, twice));
        }
        if (!terms.perOrderLimit().allows(request.places())) {
            return Outcome.rejected(SalesRejection.PER_ORDER_LIMIT_EXCEEDED);
        }
        List<String> unknownSeats = seats().filter(s -> inventory.plan().kindOf(s).isEmpty())
                .map(SeatId::toString).toList();
        if (!unknownSeats.isEmpty()) {
            return Outcome.rejected(about(SalesRejection.SEAT_NOT_FOUND, unknownSeats));
        }
        List<String> unknownAreas = areas().filter(a -> inventory.plan().capacityOf(a).isEmpty())
                .distinct().map(AreaId::toString).toList();
        if (!unknownAreas.isEmpty()) {
            return Outcome.rejected(about(SalesRejection.AREA_NOT_FOUND, unknownAreas));
        }
        List<String> unknownTiers = items.stream().filter(i -> terms.tier(i.tier()).isEmpty())
                .map(i -> i.tier().toString()).distinct().toList();
        if (!unknownTiers.isEmpty()) {
            return Outcome.rejected(about(SalesRejection.TIER_NOT_FOUND, unknownTiers));
        }
        List<String> misfits = items.stream().filter(i -> !applies(terms.tier(i.tier()).orElseThrow(), i))
                .map(HoldRequestCheck::place).toList();
        if (!misfits.isEmpty()) {
            return Outcome.rejected(about(SalesRejection.TIER_NOT_APPLICABLE, misfits));
        }
        return available();
    }

    private Outcome<List<HoldItem>> available() {
        List<String> taken = seats().filter(s -> inventory.stateOf(s) != SeatState.AVAILABLE)
                .map(SeatId::toString).toList();
        if (!taken.isEmpty()) {
            return Outcome.rejected(about(SalesRejection.SEATS_UNAVAILABLE, taken));
        }
        Map<AreaId, Long> asked = new LinkedHashMap<>();
        request.items().forEach(i -> i.area().ifPresent(a -> asked.merge(a, (long) i.quantity(), Long::sum)));
        List<String> shortOf = asked.entrySet().stream().filter(e -> e.getValue() > inventory.remainingIn(e.getKey()))
                .map(e -> e.getKey().toString()).toList();
        if (!shortOf.isEmpty()) {
            return Outcome.rejected(about(SalesRejection.AREA_SOLD_OUT, shortOf));
        }
        return Outcome.accepted(request.items().stream().map(this::priced).toList());
    }

    private HoldItem priced(HoldRequest.Item item) {
        PriceTier tier = terms.tier(item.tier()).orElseThrow();
        return new HoldItem(item.seat(), item.area(), tier.id(), item.quantity(), tier.price());
    }

    private boolean applies(PriceTier tier, HoldRequest.Item item) {
        Optional<SeatKind> kind = item.seat().flatMap(inventory.plan()::kindOf);
        return kind.map(tier::appliesToSeat).orElseGet(() -> tier.appliesToArea(item.area().orElseThrow()));
    }

    private static String place(HoldRequest.Item item) {
        return item.seat().map(SeatId::toString).orElseGet(() -> item.area().orElseThrow().toString());
    }

    private Stream<SeatId> seats() {
        return request.items().stream().flatMap(i -> i.seat().stream());
    }

    private Stream<AreaId> areas() {
        return request.items().stream().flatMap(i -> i.area().stream());
    }
}
