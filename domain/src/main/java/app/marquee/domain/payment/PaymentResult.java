package app.marquee.domain.payment;

import app.marquee.domain.payment.card.CardSummary;

import java.util.Objects;

/**
 * What came of a charge, whatever the provider: the money was {@link Captured}, the card was
 * {@link Declined} (the buyer should change something), or the attempt {@link Failed} on the way
 * (the provider or the network; a retryable failure may be asked again with the same idempotency
 * key, which never charges twice). Providers' own types and codes never leave their adapter.
 */
public sealed interface PaymentResult permits PaymentResult.Captured, PaymentResult.Declined, PaymentResult.Failed {

    /** The full amount was taken; {@code paymentId} is what a refund names later. */
    record Captured(PaymentId paymentId, Money amount, CardSummary card) implements PaymentResult {
        public Captured {
            Objects.requireNonNull(paymentId, "paymentId");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(card, "card");
        }

        /** What was captured, ready to be refunded, nothing of it refunded yet. */
        public CapturedPayment toCapturedPayment() {
            return CapturedPayment.of(paymentId, amount);
        }
    }

    record Declined(DeclineReason reason) implements PaymentResult {
        public Declined {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * The charge could not be completed: a processing error, a provider outage, a timeout. Whether
     * money moved may be unknown; asking again with the same key settles it without charging twice.
     * {@code reason} is a short, non-sensitive text for logs (never card data).
     */
    record Failed(String reason, boolean retryable) implements PaymentResult {
        public Failed {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
