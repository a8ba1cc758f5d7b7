package app.marquee.domain.payment;

import java.util.Objects;

/** The provider's id of a refund (a Stripe Refund {@code re_...}). */
public record RefundId(String value) {
    public RefundId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 255) {
            throw new IllegalArgumentException("a refund id is 1 to 255 characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
