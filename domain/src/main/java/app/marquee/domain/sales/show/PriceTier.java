package app.marquee.domain.sales.show;

import app.marquee.domain.payment.Money;
import app.marquee.domain.sales.venue.AreaId;
import app.marquee.domain.sales.venue.SeatKind;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A price a show is sold at ("Category 1", "Standing", "REDUCED"), for the seats of some kinds
 * and/or the places of some general-admission areas. Several tiers may apply to one place (a
 * cinema's FULL, STUDENT and CHILD all apply to STANDARD seats); the buyer picks one, and the
 * optional conditions ("Under 14, ID required") say who may.
 */
public record PriceTier(TierId id, String name, Set<SeatKind> seatKinds, Set<AreaId> areas, Money price,
                        Optional<String> conditions) {
    public static final int MAX_NAME = 60;
    public static final int MAX_CONDITIONS = 200;

    public PriceTier {
        Objects.requireNonNull(id, "tier id");
        Objects.requireNonNull(price, "price");
        name = text(name, MAX_NAME, "a tier name");
        seatKinds = Set.copyOf(seatKinds);
        areas = Set.copyOf(areas);
        conditions = Objects.requireNonNull(conditions, "conditions").map(c -> text(c, MAX_CONDITIONS, "conditions"));
        if (seatKinds.isEmpty() && areas.isEmpty()) {
            throw new IllegalArgumentException("a price tier applies to some seat kinds or areas");
        }
    }

    public static PriceTier forSeats(String name, Set<SeatKind> kinds, Money price) {
        return new PriceTier(TierId.newId(), name, kinds, Set.of(), price, Optional.empty());
    }

    public static PriceTier forAreas(String name, Set<AreaId> areas, Money price) {
        return new PriceTier(TierId.newId(), name, Set.of(), areas, price, Optional.empty());
    }

    public PriceTier withConditions(String text) {
        return new PriceTier(id, name, seatKinds, areas, price, Optional.of(text));
    }

    public boolean appliesToSeat(SeatKind kind) {
        return seatKinds.contains(kind);
    }

    public boolean appliesToArea(AreaId area) {
        return areas.contains(area);
    }

    private static String text(String value, int max, String what) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw new IllegalArgumentException(what + " is 1 to " + max + " characters");
        }
        return value.strip();
    }
}
