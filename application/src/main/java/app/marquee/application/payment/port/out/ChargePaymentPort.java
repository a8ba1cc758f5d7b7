package app.marquee.application.payment.port.out;

import app.marquee.domain.payment.ChargeRequest;
import app.marquee.domain.payment.PaymentResult;

/**
 * Takes money from the buyer's card through the payment provider. Idempotent by the request's key:
 * asking again with the same key returns the first result and never charges a second time, even
 * after a timeout or on another application instance (the provider keeps the key; the order side
 * also keeps it in the database). A decline or a failure is a result, never an exception.
 */
public interface ChargePaymentPort {
    PaymentResult charge(ChargeRequest request);
}
