package app.marquee.domain.sales.promo;

import java.util.Objects;
import java.util.UUID;

public record PromoCodeId(UUID value) {
    public PromoCodeId {
        Objects.requireNonNull(value, "promo code id");
    }

    public static PromoCodeId newId() {
        return new PromoCodeId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
