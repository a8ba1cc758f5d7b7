package app.marquee.domain.payment.card;

import java.util.Objects;

/**
 * All that Marquee ever keeps or shows of a card: its brand and its last four digits. Safe to
 * store, log and send to the buyer.
 */
public record CardSummary(CardBrand brand, String last4) {
    public CardSummary {
        Objects.requireNonNull(brand, "brand");
        if (last4 == null || !last4.matches("[0-9]{4}")) {
            throw new IllegalArgumentException("the last four digits of a card are four digits");
        }
    }

    @Override
    public String toString() {
        return brand + " **** " + last4;
    }
}
