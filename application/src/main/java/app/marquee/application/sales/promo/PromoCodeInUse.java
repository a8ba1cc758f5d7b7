package app.marquee.application.sales.promo;

import app.marquee.domain.sales.promo.PromoCode;

import java.util.Objects;

/** A promo code and its uses: reserved by ACTIVE holds plus kept by paid orders. */
public record PromoCodeInUse(PromoCode code, long uses) {
    public PromoCodeInUse {
        Objects.requireNonNull(code, "code");
        if (uses < 0) {
            throw new IllegalArgumentException("uses are never negative");
        }
    }
}
