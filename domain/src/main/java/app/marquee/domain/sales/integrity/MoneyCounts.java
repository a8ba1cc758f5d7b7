package app.marquee.domain.sales.integrity;

import app.marquee.domain.payment.Money;

import java.util.Objects;

/**
 * A show's money: what its payments captured, what went back (refunds the provider confirmed, and
 * refunds still on their way), and what its orders keep (each order's total less its refund).
 */
public record MoneyCounts(Money captured, Money refunded, Money refundsPending, Money keptByOrders) {
    public MoneyCounts {
        Objects.requireNonNull(captured, "captured");
        Objects.requireNonNull(refunded, "refunded");
        Objects.requireNonNull(refundsPending, "refunds pending");
        Objects.requireNonNull(keptByOrders, "kept by orders");
    }
}
