package app.marquee.application.sales.promo.port.out;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.sales.event.EventId;
import app.marquee.domain.sales.hold.HoldId;
import app.marquee.domain.sales.promo.PromoCode;
import app.marquee.domain.sales.promo.PromoUsage;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the code a buyer typed for a hold on a show of {@code event} and counts its uses, after
 * locking the code for the caller's transaction: two buyers racing for its last use are served one
 * after the other, so the caps hold across instances as long as the hold carrying it is saved in
 * the same transaction. Uses: ACTIVE holds carrying it (until lapsed, see {@code PromoUsage}), and
 * converted holds whose order is PAID; the buyer's own {@code replaced} hold (the one the new hold
 * replaces) is left out.
 * Empty when the event has no such code (PROMO_CODE_UNKNOWN).
 */
public interface RedeemPromoCodePort {
    Optional<Redeemable> lockedForHold(EventId event, String typed, AccountId buyer, Optional<HoldId> replaced,
                                       Instant now);

    record Redeemable(PromoCode code, PromoUsage usage) {
        public Redeemable {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(usage, "usage");
        }
    }
}
