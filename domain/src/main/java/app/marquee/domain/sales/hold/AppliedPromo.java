package app.marquee.domain.sales.hold;

import app.marquee.domain.payment.Money;
import app.marquee.domain.sales.promo.PromoCodeId;

import java.util.Objects;

/** A promo code a hold carries, with the discount it gave (never more than the hold's subtotal). */
public record AppliedPromo(PromoCodeId code, String text, Money discount) {
    public AppliedPromo {
        Objects.requireNonNull(code, "promo code");
        Objects.requireNonNull(text, "code text");
        Objects.requireNonNull(discount, "discount");
    }
}
