package app.marquee.application.payment.port.out;

import app.marquee.domain.payment.WebhookVerdict;

/**
 * Tells whether a webhook call really comes from the payment provider, from its raw body (exactly
 * the bytes received, before any JSON parsing) and its signature header. Nothing in the event may
 * be acted upon unless the verdict is {@link WebhookVerdict#AUTHENTIC}.
 */
public interface VerifyPaymentWebhookPort {
    WebhookVerdict verify(byte[] rawPayload, String signatureHeader);
}
