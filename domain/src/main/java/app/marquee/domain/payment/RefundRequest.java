package app.marquee.domain.payment;

import java.util.Objects;

/**
 * Money to give back on a captured payment, under an idempotency key so that asking twice never
 * refunds twice. Made only by {@link CapturedPayment#refund}, which checks it is not above what is
 * left to refund.
 */
public final class RefundRequest {
    private final IdempotencyKey idempotencyKey;
    private final PaymentId payment;
    private final Money amount;

    RefundRequest(IdempotencyKey idempotencyKey, PaymentId payment, Money amount) {
        this.idempotencyKey = Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        this.payment = Objects.requireNonNull(payment, "payment");
        this.amount = Objects.requireNonNull(amount, "amount");
    }

    public IdempotencyKey idempotencyKey() {
        return idempotencyKey;
    }

    public PaymentId payment() {
        return payment;
    }

    public Money amount() {
        return amount;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RefundRequest that && idempotencyKey.equals(that.idempotencyKey)
                && payment.equals(that.payment) && amount.equals(that.amount);
    }

    @Override
    public int hashCode() {
        return Objects.hash(idempotencyKey, payment, amount);
    }

    @Override
    public String toString() {
        return "RefundRequest[" + amount + " of " + payment + ", key " + idempotencyKey + "]";
    }
}
