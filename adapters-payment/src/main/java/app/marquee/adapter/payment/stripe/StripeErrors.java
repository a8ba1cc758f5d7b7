package app.marquee.adapter.payment.stripe;

import app.marquee.domain.payment.DeclineReason;
import app.marquee.domain.payment.PaymentResult;

/**
 * Stripe's error JSON ({@code error.type}, {@code error.code}, {@code error.decline_code}) told in
 * Marquee's words. A card error is a decline the buyer can act on, except a processing error (try
 * again); a key reused with other parameters (400 {@code idempotency_error}) or a bad request is a
 * failure no retry fixes; rate limits, a key still in flight at Stripe (409 {@code idempotency_error}:
 * the first charge under it has not answered yet) and Stripe's own errors are failures worth retrying.
 */
final class StripeErrors {
    private StripeErrors() {
    }

    static PaymentResult ofCharge(StripeReply reply) {
        if ("card_error".equals(reply.error("type"))) {
            return ofCardError(reply.error("code"), reply.error("decline_code"));
        }
        return failure(reply);
    }

    /** Why a request that is not a decline went wrong, and whether asking again may help. */
    static PaymentResult.Failed failure(StripeReply reply) {
        String type = reply.error("type");
        String code = reply.error("code");
        if ("idempotency_error".equals(type)) {
            return reply.status() == 409 ? new PaymentResult.Failed("idempotency_key_in_flight", true)
                    : new PaymentResult.Failed("idempotency_key_reused", false);
        }
        if (reply.status() == 409 || reply.status() == 429 || reply.status() >= 500 || "api_error".equals(type)) {
            return new PaymentResult.Failed("stripe_unavailable " + reply.status() + (code.isEmpty() ? "" : " " + code),
                    true);
        }
        if (reply.status() == 401 || reply.status() == 403 || "authentication_error".equals(type)) {
            return new PaymentResult.Failed("stripe_authentication_failed", false);
        }
        return new PaymentResult.Failed("stripe_refused " + reply.status() + " " + (type.isEmpty() ? "error" : type)
                + (code.isEmpty() ? "" : " " + code), false);
    }

    private static PaymentResult ofCardError(String code, String declineCode) {
        switch (code) {
            case "processing_error":
                return new PaymentResult.Failed("processing_error", true);
            case "expired_card":
                return declined(DeclineReason.EXPIRED_CARD);
            case "incorrect_cvc", "invalid_cvc":
                return declined(DeclineReason.INCORRECT_CVC);
            case "authentication_required":
                return declined(DeclineReason.AUTHENTICATION_REQUIRED);
            default:
                return ofDeclineCode(declineCode);
        }
    }

    private static PaymentResult ofDeclineCode(String declineCode) {
        return switch (declineCode) {
            case "insufficient_funds" -> declined(DeclineReason.INSUFFICIENT_FUNDS);
            case "lost_card", "stolen_card", "pickup_card", "restricted_card" ->
                    declined(DeclineReason.LOST_OR_STOLEN_CARD);
            case "fraudulent", "merchant_blacklist", "security_violation" -> declined(DeclineReason.SUSPECTED_FRAUD);
            case "expired_card" -> declined(DeclineReason.EXPIRED_CARD);
            case "incorrect_cvc", "invalid_cvc" -> declined(DeclineReason.INCORRECT_CVC);
            case "authentication_required", "authentication_not_handled" ->
                    declined(DeclineReason.AUTHENTICATION_REQUIRED);
            case "card_not_supported", "currency_not_supported" -> declined(DeclineReason.CARD_NOT_SUPPORTED);
            case "processing_error", "try_again_later", "issuer_not_available" ->
                    new PaymentResult.Failed(declineCode, true);
            default -> declined(DeclineReason.CARD_DECLINED);
        };
    }

    private static PaymentResult declined(DeclineReason reason) {
        return new PaymentResult.Declined(reason);
    }
}
