package app.marquee.domain.sales.promo;

import app.marquee.domain.payment.Money;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.event.EventId;
import app.marquee.domain.shared.Outcome;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A code an organiser hands out for one event: it takes a percentage or a fixed amount off a
 * hold's total, from {@code validFrom} (included) to {@code validUntil} (excluded), at most
 * {@code usageCap} times in all and {@code perBuyerCap} times per buyer (no cap when absent).
 * Its text is kept upper case (buyers type it in any case), 3 to 32 letters, digits or dashes,
 * unique per event in the store. Redeeming is {@link #discountFor}; the caps are checked on
 * {@link PromoUsage} counts the store takes under a lock.
 */
public record PromoCode(PromoCodeId id, String code, EventId event, Discount discount, Instant validFrom,
                        Instant validUntil, OptionalInt usageCap, OptionalInt perBuyerCap) {
    public PromoCode {
        Objects.requireNonNull(id, "promo code id");
        code = normalise(code);
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(discount, "discount");
        Objects.requireNonNull(validFrom, "valid from");
        Objects.requireNonNull(validUntil, "valid until");
        Objects.requireNonNull(usageCap, "usage cap");
        Objects.requireNonNull(perBuyerCap, "per-buyer cap");
        if (!validFrom.isBefore(validUntil)) {
            throw new IllegalArgumentException("a promo code becomes valid before it expires");
        }
        if (usageCap.orElse(1) < 1 || perBuyerCap.orElse(1) < 1) {
            throw new IllegalArgumentException("a cap allows one use at least");
        }
    }

    /** The text a buyer typed, normalised, or empty when no code could have it. */
    public static Optional<String> typed(String text) {
        return text != null && text.strip().matches("[A-Za-z0-9-]{3,32}") ? Optional.of(normalise(text))
                : Optional.empty();
    }

    /** How the text a buyer typed is compared: trimmed and upper case. */
    public static String normalise(String text) {
        if (text == null || !text.strip().matches("[A-Za-z0-9-]{3,32}")) {
            throw new IllegalArgumentException("a promo code is 3 to 32 letters, digits or dashes");
        }
        return text.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * What this code takes off {@code total} for a show of {@code showEvent} (a screening has no
     * event), refused, in this order, with PROMO_CODE_OTHER_EVENT, PROMO_CODE_NOT_YET_VALID,
     * PROMO_CODE_EXPIRED, PROMO_CODE_EXHAUSTED, PROMO_CODE_USER_LIMIT_REACHED or
     * PROMO_CODE_CURRENCY_MISMATCH (a fixed amount in another currency than the show's).
     */
    public Outcome<Money> discountFor(Optional<EventId> showEvent, Money total, PromoUsage usage,
                                      Instant now) {
        if (!showEvent.map(event::equals).orElse(false)) {
            return Outcome.rejected(SalesRejection.PROMO_CODE_OTHER_EVENT);
        }
        if (now.isBefore(validFrom)) {
            return Outcome.rejected(SalesRejection.PROMO_CODE_NOT_YET_VALID);
        }
        if (!now.isBefore(validUntil)) {
            return Outcome.rejected(SalesRejection.PROMO_CODE_EXPIRED);
        }
        if (usageCap.isPresent() && usage.redemptions() >= usageCap.getAsInt()) {
            return Outcome.rejected(SalesRejection.PROMO_CODE_EXHAUSTED);
        }
        if (perBuyerCap.isPresent() && usage.byBuyer() >= perBuyerCap.getAsInt()) {
            return Outcome.rejected(SalesRejection.PROMO_CODE_USER_LIMIT_REACHED);
        }
        if (discount instanceof Discount.AmountOff fixed && !fixed.amount().currency().equals(total.currency())) {
            return Outcome.rejected(SalesRejection.PROMO_CODE_CURRENCY_MISMATCH);
        }
        return Outcome.accepted(discount.off(total));
    }
}
