package app.marquee.application.payment.port.out;

import app.marquee.domain.payment.RefundRequest;
import app.marquee.domain.payment.RefundResult;

/**
 * Gives money back on a captured payment through the payment provider. Idempotent by the request's
 * key: the same key returns the first result and never refunds twice. The domain has already checked
 * the amount is not above what is left of the capture ({@code CapturedPayment.refund}).
 */
public interface RefundPaymentPort {
    RefundResult refund(RefundRequest request);
}
