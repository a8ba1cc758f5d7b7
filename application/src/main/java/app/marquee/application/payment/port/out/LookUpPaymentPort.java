package app.marquee.application.payment.port.out;

import app.marquee.domain.payment.IdempotencyKey;
import app.marquee.domain.payment.Money;
import app.marquee.domain.payment.PaymentResult;

/**
 * Asks the payment provider what became of a charge made under {@code key} (an instance crashed
 * between the charge and the order, or the provider was down), without charging again: Captured
 * when it took {@code amount}; Declined; Failed and not retryable when it never took anything under
 * that key; Failed and retryable when it cannot tell now.
 */
public interface LookUpPaymentPort {
    PaymentResult lookUp(IdempotencyKey key, Money amount, String reference);
}
