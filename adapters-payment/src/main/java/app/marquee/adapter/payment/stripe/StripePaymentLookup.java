package app.marquee.adapter.payment.stripe;

import app.marquee.application.payment.port.out.LookUpPaymentPort;
import app.marquee.domain.payment.DeclineReason;
import app.marquee.domain.payment.IdempotencyKey;
import app.marquee.domain.payment.Money;
import app.marquee.domain.payment.PaymentId;
import app.marquee.domain.payment.PaymentResult;
import app.marquee.domain.payment.card.CardBrand;
import app.marquee.domain.payment.card.CardSummary;
import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Finds the PaymentIntent Marquee created under a key, by the metadata it carries
 * ({@code GET /v1/payment_intents/search?query=metadata['payment_key']:'...'}): a read, never a
 * charge. Stripe's search index may lag a minute behind, which is why attempts are settled only once
 * they have been PENDING for a while; none found is "never charged" (a charge that failed before
 * Stripe created anything). Its card summary is filled in by the caller's record of the attempt.
 */
public final class StripePaymentLookup implements LookUpPaymentPort {
    private static final Logger LOG = LoggerFactory.getLogger(StripePaymentLookup.class);
    private static final CardSummary UNKNOWN_CARD = new CardSummary(CardBrand.UNKNOWN, "0000");
    private final StripeClient client;

    public StripePaymentLookup(StripeSettings settings) {
        this.client = new StripeClient(settings);
    }

    @Override
    public PaymentResult lookUp(IdempotencyKey key, Money amount, String reference) {
        String query = "metadata['" + StripeWebhookEvents.PAYMENT_KEY + "']:'" + key.value() + "'";
        PaymentResult result;
        try {
            StripeReply reply = client.get("/v1/payment_intents/search?query="
                    + URLEncoder.encode(query, StandardCharsets.UTF_8));
            result = reply.ok() ? ofSearch(reply.body().path("data"), amount)
                    : new PaymentResult.Failed("search_failed " + reply.status(), true);
        } catch (IOException network) {
            result = new PaymentResult.Failed("network_error", true);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            result = new PaymentResult.Failed("interrupted", true);
        }
        LOG.info("Stripe lookup {}: {} -> {}", reference, amount, result);
        return result;
    }

    private static PaymentResult ofSearch(JsonNode found, Money amount) {
        if (!found.isArray() || found.isEmpty()) {
            return new PaymentResult.Failed("no_payment_intent", false);
        }
        JsonNode intent = found.get(0);
        String status = intent.path("status").asText("");
        boolean same = intent.path("amount").asLong(-1) == amount.minor() && amount.currency().getCurrencyCode()
                .toLowerCase(Locale.ROOT).equals(intent.path("currency").asText(""));
        return switch (status) {
            case "succeeded" -> same ? new PaymentResult.Captured(new PaymentId(intent.path("id").asText()), amount,
                    UNKNOWN_CARD) : new PaymentResult.Failed("amount_mismatch", false);
            case "requires_payment_method", "canceled" -> new PaymentResult.Declined(DeclineReason.CARD_DECLINED);
            default -> new PaymentResult.Failed("status_" + status, true);
        };
    }
}
