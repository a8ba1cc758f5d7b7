package app.marquee.application.sales.settlement.service;

import app.marquee.application.notification.sales.SalesNotices;
import app.marquee.application.sales.hold.port.out.LoadHoldPort;
import app.marquee.application.sales.order.port.out.PaymentsPort;
import app.marquee.application.sales.order.service.Capture;
import app.marquee.application.sales.order.service.OrderMaking;
import app.marquee.application.sales.show.port.out.LoadShowPort;
import app.marquee.domain.payment.DeclineReason;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.hold.Hold;
import app.marquee.domain.sales.order.PaymentAttempt;
import app.marquee.domain.sales.order.Purchase;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The writes of settling an attempt, each one transaction, made by the same code as an order
 * request's ({@link OrderMaking}): an order of the capture, or the capture kept with its full refund
 * PENDING, or the provider's refusal recorded.
 */
@Singleton
public class SettlementBookkeeping {
    private final LoadHoldPort holds;
    private final LoadShowPort shows;
    private final OrderMaking making;
    private final PaymentsPort payments;
    private final SalesNotices notices;

    public SettlementBookkeeping(LoadHoldPort holds, LoadShowPort shows, OrderMaking making, PaymentsPort payments) {
        this(holds, shows, making, payments, SalesNotices.NONE);
    }

    @Inject
    public SettlementBookkeeping(LoadHoldPort holds, LoadShowPort shows, OrderMaking making, PaymentsPort payments,
                                 SalesNotices notices) {
        this.holds = holds;
        this.shows = shows;
        this.making = making;
        this.payments = payments;
        this.notices = notices;
    }

    /** The order made of the capture; refused as the domain or the store refuses the hold. */
    @Transactional
    public Outcome<Purchase> ticket(Capture capture, Instant now) {
        PaymentAttempt attempt = capture.attempt();
        Optional<Hold> hold = holds.byId(attempt.hold());
        Optional<Show> show = hold.flatMap(found -> shows.byId(found.show()));
        if (show.isEmpty()) {
            return Outcome.rejected(SalesRejection.HOLD_NOT_FOUND);
        }
        return making.make(hold.get(), show.get(), attempt.buyer(), Optional.of(capture), now);
    }

    /** The capture kept with its full refund PENDING, and the buyer told (LATE_PAYMENT_REFUNDED). */
    @Transactional
    public Optional<UUID> unticketed(Capture capture, Rejection refusal, Instant now) {
        Optional<UUID> refund = making.keepUnticketed(capture, refusal, now);
        refund.ifPresent(kept -> notices.latePaymentRefunded(capture.attempt(), capture.result().amount(), now));
        return refund;
    }

    @Transactional
    public void declined(PaymentAttempt attempt, DeclineReason reason, Instant now) {
        payments.declined(attempt, reason, now);
    }

    @Transactional
    public void failed(PaymentAttempt attempt, String reason, Instant now) {
        payments.failed(attempt, reason, now);
    }
}
