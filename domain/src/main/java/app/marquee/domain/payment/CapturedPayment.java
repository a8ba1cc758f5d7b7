package app.marquee.domain.payment;

import app.marquee.domain.shared.Outcome;

import java.util.Objects;

/**
 * A payment the provider captured, and how much of it was already refunded. The rule it keeps: a
 * refund is never above what is left of what was captured, so the refunds of one payment never add
 * up to more than the payment. {@link #refund} is the only way to make a {@link RefundRequest}.
 */
public record CapturedPayment(PaymentId id, Money captured, Money refunded) {
    public CapturedPayment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(captured, "captured");
        Objects.requireNonNull(refunded, "refunded");
        if (refunded.compareTo(captured) > 0) {
            throw new IllegalArgumentException("refunded " + refunded + " is more than the captured " + captured);
        }
    }

    public static CapturedPayment of(PaymentId id, Money captured) {
        return new CapturedPayment(id, captured, Money.zero(captured.currency()));
    }

    /** What may still be refunded. */
    public Money refundable() {
        return captured.minus(refunded);
    }

    /**
     * Asks for {@code amount} back under {@code key}: REFUND_EXCEEDS_CAPTURED when it is more than is
     * left. A refund of nothing is a programming error (skip the provider instead).
     */
    public Outcome<RefundRequest> refund(Money amount, IdempotencyKey key) {
        Objects.requireNonNull(key, "key");
        if (amount.isZero()) {
            throw new IllegalArgumentException("nothing to refund: an amount of zero never reaches a provider");
        }
        if (amount.compareTo(refundable()) > 0) {
            return Outcome.rejected(PaymentRejection.REFUND_EXCEEDS_CAPTURED);
        }
        return Outcome.accepted(new RefundRequest(key, id, amount));
    }

    /** This payment once {@code refund} went through. */
    public CapturedPayment after(Refund refund) {
        if (!refund.payment().equals(id)) {
            throw new IllegalArgumentException("refund " + refund.id() + " is not a refund of " + id);
        }
        return new CapturedPayment(id, captured, refunded.plus(refund.amount()));
    }
}
