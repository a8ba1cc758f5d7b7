package app.marquee.domain.sales.promo;

/**
 * How often a code is in use. A use is reserved by a hold that carries the code and kept by the
 * order it becomes; it comes back when the hold is lapsed or released, or the order is cancelled.
 * So {@code redemptions} counts the rows {@code holds WHERE promo_code_id = ? AND state = 'ACTIVE'}
 * (an ACTIVE hold whose time is up still counts until it is lapsed: a payment begun before the end
 * may still convert it) plus
 * {@code orders WHERE promo_code_id = ? AND state = 'PAID'}, leaving out the buyer's own ACTIVE
 * hold that the new one replaces; {@code byBuyer} counts the same rows of the buyer alone. The
 * store counts both after locking the code's row ({@code SELECT ... FROM promo_codes WHERE id = ?
 * FOR UPDATE}) and in the transaction that saves the hold, so two buyers racing for the last use
 * are served one after the other: the cap and the per-buyer cap hold across instances.
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
