package app.marquee.domain.payment;

import java.util.Objects;

/**
 * What came of a refund: the provider took it ({@link Refund}, with its id and amount), or it
 * {@link Failed}. A retryable failure may be asked again with the same idempotency key, which never
 * refunds twice; one that is not (the payment was already refunded, say) needs a person to look.
 */
public sealed interface RefundResult permits Refund, RefundResult.Failed {

    record Failed(String reason, boolean retryable) implements RefundResult {
        public Failed {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
