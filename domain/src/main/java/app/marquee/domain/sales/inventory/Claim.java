package app.marquee.domain.sales.inventory;

import app.marquee.domain.sales.venue.AreaId;
import app.marquee.domain.sales.venue.SeatId;

import java.util.Objects;
import java.util.Optional;

/**
 * Places taken out of a show's inventory: one seat, or a quantity in an area, either HELD (by a
 * live hold) or SOLD (by a valid ticket). The store keeps them as rows with a seat id or an area
 * id, never both: {@code CHECK (num_nonnulls(seat_id, area_id) = 1)}.
 */
public record Claim(Optional<SeatId> seat, Optional<AreaId> area, int quantity, Standing standing) {
    public enum Standing { HELD, SOLD }

    public Claim {
        Objects.requireNonNull(seat, "seat");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(standing, "standing");
        if (seat.isPresent() == area.isPresent()) {
            throw new IllegalArgumentException("a claim is on a seat or on an area");
        }
        if (quantity < 1 || (seat.isPresent() && quantity != 1)) {
            throw new IllegalArgumentException("a claim takes one seat, or one place or more in an area");
        }
    }

    public static Claim ofSeat(SeatId seat, Standing standing) {
        return new Claim(Optional.of(seat), Optional.empty(), 1, standing);
    }

    public static Claim inArea(AreaId area, int quantity, Standing standing) {
        return new Claim(Optional.empty(), Optional.of(area), quantity, standing);
    }
}
