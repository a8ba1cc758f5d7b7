package app.marquee.domain.payment;

import java.util.Objects;
import java.util.Optional;

/**
 * What a payment provider tells Marquee on its own, after the fact (a webhook): a payment it took
 * ({@link Succeeded}), one that failed ({@link Failed}), or anything else ({@link Ignored}). The
 * attempt it is about is found by the provider key Marquee charged under, or else by the reference
 * Marquee gave the charge; neither may be present in an event Marquee did not cause.
 */
public sealed interface PaymentEvent permits PaymentEvent.Succeeded, PaymentEvent.Failed, PaymentEvent.Ignored {

    /** The provider's id of the event, for logs. */
    String eventId();

    /** {@code payment} was captured for {@code amount}. */
    record Succeeded(String eventId, PaymentId payment, Money amount, Optional<IdempotencyKey> key,
                     Optional<String> reference) implements PaymentEvent {
        public Succeeded {
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(payment, "payment");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(reference, "reference");
        }
    }

    /** The payment failed for good; {@code reason} is the provider's short code, never card data. */
    record Failed(String eventId, Optional<IdempotencyKey> key, Optional<String> reference, String reason)
            implements PaymentEvent {
        public Failed {
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** An event of another type, or one that names no payment of Marquee's: answered and forgotten. */
    record Ignored(String eventId, String type) implements PaymentEvent {
        public Ignored {
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(type, "type");
        }
    }
}
