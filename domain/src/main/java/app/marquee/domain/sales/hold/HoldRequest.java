package app.marquee.domain.sales.hold;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.sales.show.PerOrderLimit;
import app.marquee.domain.sales.show.ShowId;
import app.marquee.domain.sales.show.TierId;
import app.marquee.domain.sales.venue.AreaId;
import app.marquee.domain.sales.venue.SeatId;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a buyer asks to hold: seats at a tier, and/or a quantity of places in an area at a tier.
 * It may be empty or repeat a seat: those are the buyer's mistakes, which the placement refuses
 * with their codes rather than as programming errors.
 */
public record HoldRequest(AccountId buyer, ShowId show, List<Item> items) {
    public HoldRequest {
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(show, "show");
        items = List.copyOf(items);
    }

    /** A seat at a tier, or one place or more in an area at a tier. */
    public record Item(Optional<SeatId> seat, Optional<AreaId> area, TierId tier, int quantity) {
        public Item {
            Objects.requireNonNull(seat, "seat");
            Objects.requireNonNull(area, "area");
            Objects.requireNonNull(tier, "tier");
            if (seat.isPresent() == area.isPresent()) {
                throw new IllegalArgumentException("an item asks for a seat or for places in an area");
            }
            if (quantity < 1 || quantity > PerOrderLimit.CEILING || (seat.isPresent() && quantity != 1)) {
                throw new IllegalArgumentException("an item asks for one seat, or 1 to " + PerOrderLimit.CEILING
                        + " places in an area");
            }
        }

        public static Item seat(SeatId seat, TierId tier) {
            return new Item(Optional.of(seat), Optional.empty(), tier, 1);
        }

        public static Item places(AreaId area, TierId tier, int quantity) {
            return new Item(Optional.empty(), Optional.of(area), tier, quantity);
        }
    }

    /** Every place asked for: a seat counts one, an area item its quantity. */
    public long places() {
        return items.stream().mapToLong(Item::quantity).sum();
    }
}
