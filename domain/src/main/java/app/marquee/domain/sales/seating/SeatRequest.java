package app.marquee.domain.sales.seating;

import app.marquee.domain.sales.venue.SeatKind;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a buyer asks best-available for: {@code quantity} seats side by side, of the kinds a price
 * tier applies to, preferably in one section (empty: the map's first).
 */
public record SeatRequest(Set<SeatKind> kinds, int quantity, Optional<String> preferredSection) {
    public static final int MAX_QUANTITY = 50;

    public SeatRequest {
        if (kinds == null || kinds.isEmpty()) {
            throw new IllegalArgumentException("ask for at least one seat kind");
        }
        kinds = Set.copyOf(EnumSet.copyOf(kinds));
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new IllegalArgumentException("quantity is 1 to " + MAX_QUANTITY);
        }
        Objects.requireNonNull(preferredSection, "preferredSection");
    }
}
