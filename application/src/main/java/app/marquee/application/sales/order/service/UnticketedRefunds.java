package app.marquee.application.sales.order.service;

import app.marquee.application.payment.port.out.RefundPaymentPort;
import app.marquee.application.sales.order.port.in.PlaceOrderUseCase.Command;
import app.marquee.application.sales.order.port.out.PaymentsPort;
import app.marquee.domain.payment.CapturedPayment;
import app.marquee.domain.payment.Refund;
import app.marquee.domain.payment.RefundRequest;
import app.marquee.domain.payment.RefundResult;
import app.marquee.domain.sales.order.PaymentAttempt;
import app.marquee.domain.shared.Rejection;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Gives back, in full, money captured for a hold that could not become an order: recorded first,
 * then asked of the provider outside any transaction under a key derived from the refund's row
 * (asked again, it never refunds twice), then its result recorded. A failed refund stays PENDING
 * for a person or a later job; the buyer's answer is the refusal either way.
 */
@Singleton
public class UnticketedRefunds {
    private final OrderBookkeeping books;
    private final PaymentsPort payments;
    private final RefundPaymentPort provider;
    private final Clock clock;

    public UnticketedRefunds(OrderBookkeeping books, PaymentsPort payments, RefundPaymentPort provider, Clock clock) {
        this.books = books;
        this.payments = payments;
        this.provider = provider;
        this.clock = clock;
    }

    /** False when another try of the same request settled the capture first (and answers for it). */
    public boolean refund(Command command, Instant claimed, Capture capture, Rejection refusal) {
        Optional<UUID> recorded = books.unticketed(command, claimed, capture, refusal, clock.instant());
        if (recorded.isEmpty()) {
            return false;
        }
        UUID refund = recorded.get();
        CapturedPayment captured = capture.result().toCapturedPayment();
        RefundRequest request = captured.refund(captured.refundable(), PaymentAttempt.refundKey(refund))
                .orElseThrow(rejection -> new IllegalStateException("a full refund of a new capture: " + rejection));
        RefundResult result = provider.refund(request);
        if (result instanceof Refund done) {
            payments.refundSucceeded(refund, done, clock.instant());
        } else {
            payments.refundFailed(refund, (RefundResult.Failed) result, clock.instant());
        }
        return true;
    }
}
