package app.marquee.application.sales.order.fakes;

import app.marquee.application.payment.port.out.ChargePaymentPort;
import app.marquee.application.payment.port.out.RefundPaymentPort;
import app.marquee.domain.payment.ChargeRequest;
import app.marquee.domain.payment.PaymentId;
import app.marquee.domain.payment.PaymentResult;
import app.marquee.domain.payment.Refund;
import app.marquee.domain.payment.RefundId;
import app.marquee.domain.payment.RefundRequest;
import app.marquee.domain.payment.RefundResult;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Queue;

/**
 * A payment provider that captures unless told otherwise for the next charges, remembers each key's
 * final answer as a provider does (a retryable failure is not remembered), and counts the money
 * that really moved.
 */
public final class ScriptedProvider implements ChargePaymentPort, RefundPaymentPort {
    private final Queue<PaymentResult> script = new LinkedList<>();
    private final Queue<RefundResult> refundScript = new LinkedList<>();
    private final Map<String, PaymentResult> answered = new HashMap<>();
    private final List<ChargeRequest> charged = new ArrayList<>();
    private final List<RefundRequest> refunded = new ArrayList<>();
    private Runnable duringCharge = () -> { };
    private boolean timeOutAfterCapture;

    public void next(PaymentResult result) {
        script.add(result);
    }

    /** The next charge captures (and is remembered under its key) but its answer is lost: a timeout. */
    public void capturesButTimesOut() {
        timeOutAfterCapture = true;
    }

    public void duringCharge(Runnable action) {
        duringCharge = action;
    }

    /** Charges that took money (each key once). */
    public List<ChargeRequest> charged() {
        return charged;
    }

    @Override
    public PaymentResult charge(ChargeRequest request) {
        duringCharge.run();
        PaymentResult known = answered.get(request.idempotencyKey().value());
        if (known != null) {
            return known;
        }
        PaymentResult result = script.isEmpty()
                ? new PaymentResult.Captured(new PaymentId("pi_" + request.idempotencyKey().value().hashCode()),
                request.amount(), request.card().summary())
                : script.remove();
        if (!(result instanceof PaymentResult.Failed failed && failed.retryable())) {
            answered.put(request.idempotencyKey().value(), result);
        }
        if (result instanceof PaymentResult.Captured) {
            charged.add(request);
            if (timeOutAfterCapture) {
                timeOutAfterCapture = false;
                return new PaymentResult.Failed("timeout", true);
            }
        }
        return result;
    }

    /** The next refund's answer (a refund not scripted is taken). */
    public void nextRefund(RefundResult result) {
        refundScript.add(result);
    }

    /** Every refund asked, taken or not. */
    public List<RefundRequest> refunded() {
        return refunded;
    }

    @Override
    public RefundResult refund(RefundRequest request) {
        refunded.add(request);
        return refundScript.isEmpty() ? new Refund(new RefundId("re_" + refunded.size()), request.payment(),
                request.amount()) : refundScript.remove();
    }
}
