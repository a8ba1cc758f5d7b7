package app.marquee.domain.sales.order;

import app.marquee.domain.payment.card.CardExpiry;
import app.marquee.domain.payment.card.CardSummary;
import app.marquee.domain.sales.hold.HoldId;

import java.util.Objects;

/**
 * What makes two order requests "the same request" for an Idempotency-Key: the hold paid for and
 * the card as Marquee may keep it (brand, last four digits, expiry). Never the card number nor a
 * hash of it (a 16-digit number hashed without a secret is found again by trying them all), never
 * the security code.
 */
public record RequestFingerprint(String value) {
    public RequestFingerprint {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 200) {
            throw new IllegalArgumentException("a request fingerprint is 1 to 200 characters");
        }
    }

    public static RequestFingerprint of(HoldId hold, CardSummary card, CardExpiry expiry) {
        return new RequestFingerprint("hold=" + hold + ";card=" + card.brand() + "-" + card.last4() + "-" + expiry);
    }

    @Override
    public String toString() {
        return value;
    }
}
