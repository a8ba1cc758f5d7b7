package app.marquee.domain.sales.hold;

import app.marquee.domain.payment.Money;
import app.marquee.domain.sales.inventory.Claim;
import app.marquee.domain.sales.show.TierId;
import app.marquee.domain.sales.venue.AreaId;
import app.marquee.domain.sales.venue.SeatId;

import java.util.Objects;
import java.util.Optional;

/**
 * One line of a hold, and later of its order: a seat at a tier, or a quantity of places in an area
 * at a tier, with the unit price shown to the buyer when the hold was placed (what is shown is
 * what is charged, even if the tier's price changes afterwards).
 */
public record HoldItem(Optional<SeatId> seat, Optional<AreaId> area, TierId tier, int quantity, Money unitPrice) {
    public HoldItem {
        Objects.requireNonNull(seat, "seat");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(unitPrice, "unit price");
        if (seat.isPresent() == area.isPresent()) {
            throw new IllegalArgumentException("a hold item is a seat or places in an area");
        }
        if (quantity < 1 || (seat.isPresent() && quantity != 1)) {
            throw new IllegalArgumentException("a hold item is one seat, or one place or more in an area");
        }
    }

    public static HoldItem seat(SeatId seat, TierId tier, Money price) {
        return new HoldItem(Optional.of(seat), Optional.empty(), tier, 1, price);
    }

    public static HoldItem places(AreaId area, TierId tier, int quantity, Money unitPrice) {
        return new HoldItem(Optional.empty(), Optional.of(area), tier, quantity, unitPrice);
    }

    public Money amount() {
        return unitPrice.times(quantity);
    }

    public Claim claim(Claim.Standing standing) {
        return seat.map(s -> Claim.ofSeat(s, standing))
                .orElseGet(() -> Claim.inArea(area.orElseThrow(), quantity, standing));
    }
}
