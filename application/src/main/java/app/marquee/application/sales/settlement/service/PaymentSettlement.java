package app.marquee.application.sales.settlement.service;

import app.marquee.application.sales.order.port.out.PaymentsPort;
import app.marquee.application.sales.order.port.out.SeatClaimsLostException;
import app.marquee.application.sales.order.service.AttemptSettledMeanwhileException;
import app.marquee.application.sales.order.service.Capture;
import app.marquee.application.sales.refund.port.out.RefundsPort;
import app.marquee.application.sales.refund.service.RefundSender;
import app.marquee.application.sales.settlement.Settled;
import app.marquee.domain.payment.PaymentResult;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.order.PaymentAttempt;
import app.marquee.domain.sales.order.Purchase;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Settles a PENDING attempt with what the provider says of it, learnt late (asked again by the
 * settling job, or told by its webhook). Captured: the hold becomes its order if it still can; if
 * not (it lapsed and its places were resold, or the show was called off) the capture is refunded
 * in full, never ticketed. Declined, or failed for good: recorded. Settling is a conditional write
 * from PENDING, so whoever comes second (the request itself, a replayed webhook) changes nothing.
 * The card is the one the attempt recorded (a late answer may not name it).
 */
@Singleton
public class PaymentSettlement {
    private final SettlementBookkeeping books;
    private final PaymentsPort payments;
    private final RefundsPort refunds;
    private final RefundSender sender;
    private final Clock clock;

    public PaymentSettlement(SettlementBookkeeping books, PaymentsPort payments, RefundsPort refunds,
                             RefundSender sender, Clock clock) {
        this.books = books;
        this.payments = payments;
        this.refunds = refunds;
        this.sender = sender;
        this.clock = clock;
    }

    public Settled settle(PaymentAttempt attempt, PaymentResult result) {
        if (result instanceof PaymentResult.Captured captured) {
            return captured(new Capture(attempt, new PaymentResult.Captured(captured.paymentId(), captured.amount(),
                    attempt.card())));
        }
        if (result instanceof PaymentResult.Declined declined) {
            books.declined(attempt, declined.reason(), clock.instant());
            return Settled.NOT_PAID;
        }
        PaymentResult.Failed failed = (PaymentResult.Failed) result;
        if (failed.retryable()) {
            payments.stillPending(attempt, clock.instant());
            return Settled.STILL_PENDING;
        }
        books.failed(attempt, failed.reason(), clock.instant());
        return Settled.NOT_PAID;
    }

    private Settled captured(Capture capture) {
        Outcome<Purchase> made;
        try {
            made = books.ticket(capture, clock.instant());
        } catch (SeatClaimsLostException lost) {
            made = Outcome.rejected(SalesRejection.HOLD_EXPIRED);
        } catch (AttemptSettledMeanwhileException settled) {
            return Settled.ALREADY_SETTLED;
        }
        if (made.isAccepted()) {
            return Settled.ORDER_MADE;
        }
        Rejection refusal = ((Outcome.Rejected<Purchase>) made).rejection();
        Optional<UUID> refund = books.unticketed(capture, refusal, clock.instant());
        refund.flatMap(refunds::pending).ifPresent(sender::send);
        return refund.isPresent() ? Settled.REFUNDED : Settled.ALREADY_SETTLED;
    }
}
