package app.marquee.domain.payment;

import java.util.Objects;

/** The provider's id of a captured payment (a Stripe PaymentIntent {@code pi_...}), kept to refund it later. */
public record PaymentId(String value) {
    public PaymentId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 255) {
            throw new IllegalArgumentException("a payment id is 1 to 255 characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
