package app.marquee.application.sales.hold.port.in;

import app.marquee.application.sales.event.port.in.ViewEventQuery.Reader;
import app.marquee.application.sales.hold.HoldView;
import app.marquee.domain.sales.hold.HoldRequest;
import app.marquee.domain.sales.seating.SeatRequest;
import app.marquee.domain.sales.show.ShowId;
import app.marquee.domain.sales.show.TierId;
import app.marquee.domain.shared.Outcome;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A buyer holds places of a show for a while ({@code MARQUEE_HOLD_DURATION}, 10 minutes by
 * default): the seats and area places asked for, or the best seats of a tier. Their previous
 * ACTIVE hold on the show is replaced (its places count as theirs meanwhile). Refused with
 * SHOW_NOT_FOUND for a show the buyer may not see, then as {@code HoldPlacement} says (the show's
 * own codes, HOLD_EMPTY, DUPLICATE_SEAT, PER_ORDER_LIMIT_EXCEEDED, SEAT_NOT_FOUND, AREA_NOT_FOUND,
 * TIER_NOT_FOUND, TIER_NOT_APPLICABLE, SEATS_UNAVAILABLE, AREA_SOLD_OUT); best available adds
 * NOT_ENOUGH_ADJACENT_SEATS (together) and NOT_ENOUGH_SEATS. A race lost to another buyer gets
 * the same codes; CONCURRENT_UPDATE when two requests of the same buyer cross.
 */
public interface PlaceHoldUseCase {
    Outcome<HoldView> place(Command command);

    /**
     * Exactly one of {@code items} (non-empty lists are the domain's to judge) and {@code bestAvailable};
     * {@code promoCode} as the buyer typed it, if any (see {@code RedeemPromoCodePort} and
     * {@code PromoCode#discountFor} for its refusals, PROMO_CODE_UNKNOWN first). {@code buyerEmailVerified}
     * as the caller check found it: EMAIL_NOT_VERIFIED before anything else when the rule asks for it.
     */
    record Command(ShowId show, Reader buyer, List<HoldRequest.Item> items, Optional<BestSeats> bestAvailable,
                   Optional<String> promoCode, boolean buyerEmailVerified) {
        public Command(ShowId show, Reader buyer, List<HoldRequest.Item> items, Optional<BestSeats> bestAvailable) {
            this(show, buyer, items, bestAvailable, Optional.empty());
        }

        /** A buyer whose e-mail is verified. */
        public Command(ShowId show, Reader buyer, List<HoldRequest.Item> items, Optional<BestSeats> bestAvailable,
                       Optional<String> promoCode) {
            this(show, buyer, items, bestAvailable, promoCode, true);
        }

        public Command {
            Objects.requireNonNull(promoCode, "promoCode");
            Objects.requireNonNull(show, "show");
            Objects.requireNonNull(buyer, "buyer");
            if (buyer.account().isEmpty()) {
                throw new IllegalArgumentException("a hold has a buyer");
            }
            items = List.copyOf(items);
            Objects.requireNonNull(bestAvailable, "bestAvailable");
            if (bestAvailable.isPresent() && !items.isEmpty()) {
                throw new IllegalArgumentException("ask for items or for the best seats, not both");
            }
        }
    }

    /** {@code quantity} seats of a tier, side by side when {@code together}, preferably in {@code section}. */
    record BestSeats(TierId tier, int quantity, boolean together, Optional<String> section) {
        public BestSeats {
            Objects.requireNonNull(tier, "tier");
            Objects.requireNonNull(section, "section");
            if (quantity < 1 || quantity > SeatRequest.MAX_QUANTITY) {
                throw new IllegalArgumentException("best available is 1 to " + SeatRequest.MAX_QUANTITY + " seats");
            }
        }
    }
}
