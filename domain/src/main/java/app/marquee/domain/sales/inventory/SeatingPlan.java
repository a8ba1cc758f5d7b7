package app.marquee.domain.sales.inventory;

import app.marquee.domain.sales.venue.AreaId;
import app.marquee.domain.sales.venue.SeatId;
import app.marquee.domain.sales.venue.SeatKind;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a show can sell, read from its venue's seat map: every numbered seat with its kind, and
 * every general-admission area with its capacity (one place at least). Plain ids, so the sale
 * does not depend on how the seat map is drawn.
 */
public record SeatingPlan(Map<SeatId, SeatKind> seats, Map<AreaId, Integer> areaCapacities) {
    public SeatingPlan {
        seats = Map.copyOf(seats);
        areaCapacities = Map.copyOf(areaCapacities);
        if (seats.isEmpty() && areaCapacities.isEmpty()) {
            throw new IllegalArgumentException("a show sells some seats or some standing places");
        }
        if (areaCapacities.values().stream().anyMatch(capacity -> capacity < 1)) {
            throw new IllegalArgumentException("an area holds one place at least");
        }
    }

    public Optional<SeatKind> kindOf(SeatId seat) {
        return Optional.ofNullable(seats.get(seat));
    }

    public OptionalInt capacityOf(AreaId area) {
        Integer capacity = areaCapacities.get(area);
        return capacity == null ? OptionalInt.empty() : OptionalInt.of(capacity);
    }

    public int totalCapacity() {
        return seats.size() + areaCapacities.values().stream().mapToInt(Integer::intValue).sum();
    }
}
