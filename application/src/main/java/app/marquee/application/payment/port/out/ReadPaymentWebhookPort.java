package app.marquee.application.payment.port.out;

import app.marquee.domain.payment.PaymentEvent;

/**
 * Reads an authentic webhook call's raw body into what it tells of a payment, in the provider's
 * own format (which never leaves its adapter). A body it cannot read, or an event of another kind,
 * is {@link PaymentEvent.Ignored}: nothing to act upon, never an error.
 */
public interface ReadPaymentWebhookPort {
    PaymentEvent read(byte[] rawPayload);
}
