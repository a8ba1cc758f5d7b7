package app.marquee.adapter.payment.stripe;

import app.marquee.application.payment.port.out.ReadPaymentWebhookPort;
import app.marquee.domain.payment.IdempotencyKey;
import app.marquee.domain.payment.Money;
import app.marquee.domain.payment.PaymentEvent;
import app.marquee.domain.payment.PaymentId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads Stripe's webhook events (an Event whose {@code data.object} is a PaymentIntent):
 * {@code payment_intent.succeeded} and {@code payment_intent.payment_failed}, naming the attempt by
 * the metadata Marquee sent with the charge ({@value #PAYMENT_KEY}: the provider key; {@code reference}:
 * the hold). Any other type, or a body that is not such an event, is ignored. Stripe's types stay here.
 */
public final class StripeWebhookEvents implements ReadPaymentWebhookPort {
    /** The PaymentIntent's metadata field holding the idempotency key it was created under. */
    public static final String PAYMENT_KEY = "payment_key";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public PaymentEvent read(byte[] rawPayload) {
        JsonNode event;
        try {
            event = JSON.readTree(rawPayload);
        } catch (IOException notJson) {
            return new PaymentEvent.Ignored("-", "unreadable");
        }
        String id = text(event, "id").orElse("-");
        String type = text(event, "type").orElse("-");
        JsonNode intent = event.path("data").path("object");
        if (!"payment_intent".equals(text(intent, "object").orElse("")) || text(intent, "id").isEmpty()) {
            return new PaymentEvent.Ignored(id, type);
        }
        try {
            return switch (type) {
                case "payment_intent.succeeded" -> new PaymentEvent.Succeeded(id, new PaymentId(text(intent, "id").get()),
                        received(intent), key(intent), text(intent.path("metadata"), "reference"));
                case "payment_intent.payment_failed" -> new PaymentEvent.Failed(id, key(intent),
                        text(intent.path("metadata"), "reference"), failure(intent));
                default -> new PaymentEvent.Ignored(id, type);
            };
        } catch (IllegalArgumentException malformed) {
            return new PaymentEvent.Ignored(id, type);
        }
    }

    private static Money received(JsonNode intent) {
        JsonNode amount = intent.path("amount_received").isIntegralNumber() ? intent.path("amount_received")
                : intent.path("amount");
        String currency = text(intent, "currency").orElseThrow(() -> new IllegalArgumentException("no currency"));
        if (!amount.isIntegralNumber()) {
            throw new IllegalArgumentException("no amount");
        }
        return Money.of(amount.asLong(), currency.toUpperCase(Locale.ROOT));
    }

    private static Optional<IdempotencyKey> key(JsonNode intent) {
        return text(intent.path("metadata"), PAYMENT_KEY).flatMap(key -> IdempotencyKey.parse(key).isAccepted()
                ? Optional.of(new IdempotencyKey(key)) : Optional.empty());
    }

    /** Stripe's decline code or error code: short, never card data. */
    private static String failure(JsonNode intent) {
        JsonNode error = intent.path("last_payment_error");
        return text(error, "decline_code").or(() -> text(error, "code")).orElse("payment_failed");
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? Optional.of(value.asText()) : Optional.empty();
    }
}
