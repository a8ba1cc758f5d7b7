package app.marquee.domain.sales.promo;

/**
 * How often a code is in use: {@code redemptions} counts the paid, not cancelled orders and the
 * live (ACTIVE, unexpired) holds that carry it, leaving out the buyer's own hold that the new one
 * replaces; {@code byBuyer} counts the same for the buyer alone. The store computes both under a
 * lock on the code's row ({@code SELECT ... FROM promo_codes WHERE id = ? FOR UPDATE}), so two
 * buyers racing for the last use are served one after the other and the cap holds.
 */
public record PromoUsage(long redemptions, long byBuyer) {
    public PromoUsage {
        if (redemptions < 0 || byBuyer < 0 || byBuyer > redemptions) {
            throw new IllegalArgumentException("usage counts are 0 or more, the buyer's within the total");
        }
    }

    public static PromoUsage none() {
        return new PromoUsage(0, 0);
    }
}
