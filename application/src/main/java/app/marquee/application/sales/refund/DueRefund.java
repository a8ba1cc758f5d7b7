package app.marquee.application.sales.refund;

import app.marquee.domain.payment.CapturedPayment;
import app.marquee.domain.payment.IdempotencyKey;
import app.marquee.domain.payment.Money;

import java.util.Objects;
import java.util.UUID;

/**
 * A PENDING refund to ask of the provider: its row's id and key (the same on every try, so asking
 * again never refunds twice), the captured payment it gives back from (with what was refunded of
 * it already), how much, and how many tries failed so far.
 */
public record DueRefund(UUID id, IdempotencyKey key, CapturedPayment payment, Money amount, int failures) {
    public DueRefund {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(amount, "amount");
        if (failures < 0) {
            throw new IllegalArgumentException("failures are counted from 0");
        }
    }
}
