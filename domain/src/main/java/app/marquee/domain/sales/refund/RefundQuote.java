package app.marquee.domain.sales.refund;

import app.marquee.domain.payment.Money;

import java.util.Objects;

/** What cancelling an order gives back now: a share of what was paid, rounded down, and why. */
public record RefundQuote(int percent, Money amount, RefundReason reason) {
    public RefundQuote {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reason, "reason");
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("a refund is 0 to 100 per cent");
        }
    }

    /** Nothing back by the policy (a free order at a refunding tier still counts as refundable). */
    public boolean givesNothing() {
        return percent == 0;
    }
}
