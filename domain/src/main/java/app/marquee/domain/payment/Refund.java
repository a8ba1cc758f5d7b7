package app.marquee.domain.payment;

import java.util.Objects;

/** Money the provider gives back to the buyer's card: its id, the payment it comes from, and how much. */
public record Refund(RefundId id, PaymentId payment, Money amount) implements RefundResult {
    public Refund {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(amount, "amount");
    }
}
