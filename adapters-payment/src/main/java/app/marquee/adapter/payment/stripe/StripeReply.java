package app.marquee.adapter.payment.stripe;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One answer from Stripe: its HTTP status, its JSON body, its {@code Request-Id} (for support, safe
 * to log) and whether Stripe replayed the first answer to this idempotency key.
 */
record StripeReply(int status, JsonNode body, String requestId, boolean replayed) {
    boolean ok() {
        return status >= 200 && status < 300;
    }

    String text(String field) {
        JsonNode node = body.path(field);
        return node.isTextual() ? node.asText() : "";
    }

    /** {@code error.type}, {@code error.code} or {@code error.decline_code}, or "" when absent. */
    String error(String field) {
        JsonNode node = body.path("error").path(field);
        return node.isTextual() ? node.asText() : "";
    }
}
