package app.marquee.application.sales.order.service;

import app.marquee.application.payment.port.out.ChargePaymentPort;
import app.marquee.application.sales.hold.port.out.LoadHoldPort;
import app.marquee.application.sales.order.OrderView;
import app.marquee.application.sales.order.port.in.PlaceOrderUseCase.Command;
import app.marquee.application.sales.order.port.out.OrderRequestKeysPort;
import app.marquee.application.sales.order.port.out.PaymentsPort;
import app.marquee.application.sales.order.port.out.SeatClaimsLostException;
import app.marquee.application.sales.show.port.out.LoadShowPort;
import app.marquee.domain.payment.ChargeRequest;
import app.marquee.domain.payment.Money;
import app.marquee.domain.payment.PaymentRejection;
import app.marquee.domain.payment.PaymentResult;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.hold.Hold;
import app.marquee.domain.sales.order.Order;
import app.marquee.domain.sales.order.PaymentAttempt;
import app.marquee.domain.sales.order.Purchase;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Pays for a hold once its request holds the key: checks the hold is payable (nothing charged
 * otherwise), records the attempt PENDING, charges outside any transaction, and records the
 * answer. Captured: the order is made in one transaction, or, when the hold lapsed meanwhile, the
 * capture is refunded in full. Declined and final failures are recorded on the key; a retryable
 * failure leaves the attempt PENDING and releases the key, so the same request can be sent again.
 */
@Singleton
public class HoldPayment {
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);
    private final LoadHoldPort holds;
    private final LoadShowPort shows;
    private final PaymentsPort payments;
    private final ChargePaymentPort provider;
    private final OrderRequestKeysPort keys;
    private final OrderBookkeeping books;
    private final UnticketedRefunds refunds;
    private final OrderViews views;
    private final Clock clock;

    public HoldPayment(LoadHoldPort holds, LoadShowPort shows, PaymentsPort payments, ChargePaymentPort provider,
                       OrderRequestKeysPort keys, OrderBookkeeping books, UnticketedRefunds refunds, OrderViews views,
                       Clock clock) {
        this.holds = holds;
        this.shows = shows;
        this.payments = payments;
        this.provider = provider;
        this.keys = keys;
        this.books = books;
        this.refunds = refunds;
        this.views = views;
        this.clock = clock;
    }

    Outcome<OrderView> pay(Command command, Instant claimed) {
        Instant now = clock.instant();
        Optional<Hold> hold = holds.byId(command.hold());
        Optional<Show> show = hold.flatMap(found -> shows.byId(found.show()));
        Outcome<Hold> payable = show.isEmpty() ? Outcome.rejected(SalesRejection.HOLD_NOT_FOUND)
                : Order.payable(hold.get(), show.get(), command.buyer(), now);
        if (payable instanceof Outcome.Rejected<Hold> refused) {
            return show.isEmpty() || hold.get().total().isZero() ? refuse(command, claimed, refused.rejection())
                    : unsettled(command, claimed, hold.get(), show.get(), refused.rejection());
        }
        Money total = hold.get().total();
        if (total.isZero()) {
            return ticket(command, claimed, hold.get(), show.get(), Optional.empty());
        }
        PaymentAttempt attempt = PaymentAttempt.forRequest(command.buyer(), command.key(), command.hold(), total,
                command.card().summary(), now);
        PaymentsPort.Start start = payments.begin(attempt);
        Optional<Outcome<OrderView>> settledElsewhere = start == PaymentsPort.Start.CONFLICTING
                ? settledElsewhere(command, claimed, attempt) : Optional.empty();
        if (settledElsewhere.isPresent()) {
            return settledElsewhere.get();
        }
        if (start == PaymentsPort.Start.HOLD_NOT_ACTIVE) {
            return refuse(command, claimed, Rejection.of(SalesRejection.HOLD_NOT_ACTIVE));
        }
        if (start == PaymentsPort.Start.OTHER_IN_PROGRESS || start == PaymentsPort.Start.CONFLICTING) {
            keys.release(command.buyer(), command.key(), claimed);
            return Outcome.rejected(start == PaymentsPort.Start.CONFLICTING ? PaymentRejection.IDEMPOTENCY_KEY_REUSED
                    : PaymentRejection.PAYMENT_IN_PROGRESS);
        }
        return charge(command, claimed, hold.get(), show.get(), attempt);
    }

    /**
     * A hold no longer payable: refused, unless this very request (same buyer, key and hold) left
     * its attempt PENDING (answered 503 while the provider may have captured): then the provider is
     * asked again under the same key (never a second charge) and its answer settled as any other,
     * so captured money becomes the order if it still can, else is refunded in full.
     */
    private Outcome<OrderView> unsettled(Command command, Instant claimed, Hold hold, Show show, Rejection refusal) {
        PaymentAttempt mine = PaymentAttempt.forRequest(command.buyer(), command.key(), command.hold(), hold.total(),
                command.card().summary(), clock.instant());
        Optional<Outcome<OrderView>> settledElsewhere = settledElsewhere(command, claimed, mine);
        if (settledElsewhere.isPresent()) {
            return settledElsewhere.get();
        }
        return payments.pendingOfHold(command.hold()).filter(pending -> pending.id().equals(mine.id()))
                .map(pending -> charge(command, claimed, hold, show, pending))
                .orElseGet(() -> refuse(command, claimed, refusal));
    }

    private Outcome<OrderView> charge(Command command, Instant claimed, Hold hold, Show show, PaymentAttempt attempt) {
        PaymentResult result = provider.charge(new ChargeRequest(attempt.providerKey(), attempt.amount(),
                command.card(), attempt.reference()));
        if (result instanceof PaymentResult.Captured captured) {
            return ticket(command, claimed, hold, show, Optional.of(new Capture(attempt, captured)));
        }
        if (result instanceof PaymentResult.Declined declined) {
            Rejection refusal = Rejection.about(PaymentRejection.PAYMENT_DECLINED, List.of(declined.reason().name()));
            return books.declined(command, claimed, attempt, declined.reason(), refusal, clock.instant())
                    ? Outcome.rejected(refusal) : ownedElsewhere(command, claimed, attempt);
        }
        PaymentResult.Failed failed = (PaymentResult.Failed) result;
        if (!failed.retryable()) {
            Rejection refusal = Rejection.of(PaymentRejection.PAYMENT_FAILED);
            return books.failed(command, claimed, attempt, failed.reason(), refusal, clock.instant())
                    ? Outcome.rejected(refusal) : ownedElsewhere(command, claimed, attempt);
        }
        keys.release(command.buyer(), command.key(), claimed);
        return Outcome.rejected(Rejection.of(PaymentRejection.PAYMENT_PROVIDER_UNAVAILABLE).withRetryAfter(RETRY_AFTER));
    }

    private Outcome<OrderView> ticket(Command command, Instant claimed, Hold hold, Show show,
                                      Optional<Capture> capture) {
        Outcome<Purchase> purchase;
        try {
            purchase = books.ticket(hold, show, command, claimed, capture, clock.instant());
        } catch (SeatClaimsLostException lost) {
            purchase = Outcome.rejected(SalesRejection.HOLD_EXPIRED);
        } catch (AttemptSettledMeanwhileException settled) {
            return ownedElsewhere(command, claimed, capture.orElseThrow().attempt());
        }
        if (purchase instanceof Outcome.Accepted<Purchase> made) {
            return Outcome.accepted(views.of(made.value().order().id()).orElseThrow());
        }
        Rejection refusal = ((Outcome.Rejected<Purchase>) purchase).rejection();
        if (capture.isPresent()) {
            return refunds.refund(command, claimed, capture.get(), refusal) ? Outcome.rejected(refusal)
                    : ownedElsewhere(command, claimed, capture.get().attempt());
        }
        return refuse(command, claimed, refusal);
    }

    /**
     * The attempt was settled on an order by someone else (the settling job, or the provider's
     * webhook, while this request waited): that order is this request's answer, and its key's.
     */
    private Optional<Outcome<OrderView>> settledElsewhere(Command command, Instant claimed, PaymentAttempt attempt) {
        return payments.orderOf(attempt).map(order -> {
            books.fulfilled(command, claimed, order, clock.instant());
            return Outcome.accepted(views.of(order).orElseThrow());
        });
    }

    /**
     * The attempt was settled meanwhile by another try of this request (a takeover) or by the
     * settling job or webhook: its order if it made one, else IDEMPOTENCY_KEY_IN_USE (the other try
     * owns the outcome; the same request sent again is answered it).
     */
    private Outcome<OrderView> ownedElsewhere(Command command, Instant claimed, PaymentAttempt attempt) {
        return settledElsewhere(command, claimed, attempt)
                .orElseGet(() -> Outcome.rejected(PaymentRejection.IDEMPOTENCY_KEY_IN_USE));
    }

    private Outcome<OrderView> refuse(Command command, Instant claimed, Rejection refusal) {
        books.refused(command, claimed, refusal, clock.instant());
        return Outcome.rejected(refusal);
    }
}
