package app.marquee.application.sales.refund.service;

import app.marquee.application.payment.port.out.RefundPaymentPort;
import app.marquee.application.sales.order.port.out.PaymentsPort;
import app.marquee.application.sales.refund.DueRefund;
import app.marquee.application.sales.refund.RefundStatus;
import app.marquee.application.sales.refund.port.out.RefundsPort;
import app.marquee.domain.payment.Refund;
import app.marquee.domain.payment.RefundBackoff;
import app.marquee.domain.payment.RefundRequest;
import app.marquee.domain.payment.RefundResult;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;

/**
 * Asks the provider for one PENDING refund, outside any transaction, under the refund's own key
 * (asked again, after a crash or by two instances, it never refunds twice), and records the answer:
 * SUCCEEDED (counted once on its payment), PENDING again after the backoff when the provider could
 * not take it for now, FAILED when it refused it for good or the capture has nothing left to give.
 */
@Singleton
public class RefundSender {
    private final RefundPaymentPort provider;
    private final PaymentsPort payments;
    private final RefundsPort refunds;
    private final RefundBackoff backoff;
    private final Clock clock;

    public RefundSender(RefundPaymentPort provider, PaymentsPort payments, RefundsPort refunds, RefundBackoff backoff,
                        Clock clock) {
        this.provider = provider;
        this.payments = payments;
        this.refunds = refunds;
        this.backoff = backoff;
        this.clock = clock;
    }

    public RefundStatus send(DueRefund due) {
        Outcome<RefundRequest> request = due.payment().refund(due.amount(), due.key());
        if (request instanceof Outcome.Rejected<RefundRequest> refused) {
            payments.refundFailed(due.id(), new RefundResult.Failed(refused.rejection().code(), false), clock.instant());
            return RefundStatus.FAILED;
        }
        RefundResult result = provider.refund(((Outcome.Accepted<RefundRequest>) request).value());
        Instant now = clock.instant();
        if (result instanceof Refund done) {
            payments.refundSucceeded(due.id(), done, now);
            return RefundStatus.SUCCEEDED;
        }
        RefundResult.Failed failed = (RefundResult.Failed) result;
        if (failed.retryable()) {
            refunds.retryLater(due.id(), failed.reason(), backoff.nextTry(due.failures() + 1, now), now);
            return RefundStatus.PENDING;
        }
        payments.refundFailed(due.id(), failed, now);
        return RefundStatus.FAILED;
    }
}
