package app.marquee.application.sales.hold;

import app.marquee.domain.sales.inventory.Claim;
import app.marquee.domain.sales.inventory.SeatingPlan;
import app.marquee.domain.sales.venue.Area;
import app.marquee.domain.sales.venue.Seat;
import app.marquee.domain.sales.venue.SeatId;
import app.marquee.domain.sales.venue.SeatKind;
import app.marquee.domain.sales.venue.SeatMap;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A show sells its venue's current seat map. A place the map lost while the show was running
 * (allowed once no future show uses it) may still have a claim: such claims are left out, and an
 * area's claim is counted up to the area's capacity, so the inventory reads what can still be sold.
 */
public final class SeatingPlans {
    private SeatingPlans() {
    }

    public static SeatingPlan of(SeatMap map) {
        return new SeatingPlan(map.seats().stream().collect(Collectors.toMap(Seat::id, Seat::kind)),
                map.areas().stream().collect(Collectors.toMap(Area::id, Area::capacity)));
    }

    /**
     * The plan of these seats only (those the map has) and of every area, or the whole plan when that
     * would hold no place at all (a request naming only unknown seats, in a venue without areas).
     */
    public static SeatingPlan of(SeatMap map, Set<SeatId> seats) {
        Map<SeatId, SeatKind> named = map.seats().stream().filter(seat -> seats.contains(seat.id()))
                .collect(Collectors.toMap(Seat::id, Seat::kind));
        if (named.isEmpty() && map.areas().isEmpty()) {
            return of(map);
        }
        return new SeatingPlan(named, map.areas().stream().collect(Collectors.toMap(Area::id, Area::capacity)));
    }

    public static List<Claim> within(SeatingPlan plan, Collection<Claim> claims) {
        return claims.stream()
                .filter(claim -> claim.seat().map(seat -> plan.kindOf(seat).isPresent())
                        .orElseGet(() -> plan.capacityOf(claim.area().orElseThrow()).isPresent()))
                .map(claim -> claim.area().map(area -> Claim.inArea(area,
                        Math.min(claim.quantity(), plan.capacityOf(area).getAsInt()), claim.standing())).orElse(claim))
                .toList();
    }
}
