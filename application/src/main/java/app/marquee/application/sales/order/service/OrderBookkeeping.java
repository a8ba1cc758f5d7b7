package app.marquee.application.sales.order.service;

import app.marquee.application.sales.order.port.in.PlaceOrderUseCase.Command;
import app.marquee.application.sales.order.port.out.OrderRequestKeysPort;
import app.marquee.application.sales.order.port.out.PaymentsPort;
import app.marquee.application.sales.show.port.out.LoadShowPort;
import app.marquee.domain.payment.DeclineReason;
import app.marquee.domain.sales.hold.Hold;
import app.marquee.domain.sales.order.OrderId;
import app.marquee.domain.sales.order.PaymentAttempt;
import app.marquee.domain.sales.order.Purchase;
import app.marquee.domain.sales.order.RecordedRefusal;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The writes of an order request, each one transaction, so that what the money did and what the
 * request answers are recorded together: never a ticket without its payment, never a payment
 * settled without its Idempotency-Key saying so. A key is written only by the request that holds it:
 * {@code claimed} is when it claimed or took it over, and a try whose key was taken over since
 * writes nothing to it.
 */
@Singleton
public class OrderBookkeeping {
    private final OrderMaking making;
    private final PaymentsPort payments;
    private final OrderRequestKeysPort keys;
    private final LoadShowPort shows;

    public OrderBookkeeping(OrderMaking making, PaymentsPort payments, OrderRequestKeysPort keys, LoadShowPort shows) {
        this.making = making;
        this.payments = payments;
        this.keys = keys;
        this.shows = shows;
    }

    /**
     * Makes the order ({@link OrderMaking#make}) and marks the key DONE with it. A hold that lapsed
     * meanwhile is HOLD_EXPIRED with nothing written; one whose seats were taken rolls back. The show
     * is read again here: one cancelled while the card was charged is SHOW_CANCELLED, never ticketed.
     */
    @Transactional
    public Outcome<Purchase> ticket(Hold hold, Show show, Command command, Instant claimed, Optional<Capture> capture, Instant now) {
        Show current = shows.byId(show.id()).orElse(show);
        Outcome<Purchase> made = making.make(hold, current, command.buyer(), capture, now);
        if (made instanceof Outcome.Accepted<Purchase> accepted) {
            keys.fulfil(command.buyer(), command.key(), claimed, accepted.value().order().id(), now);
        }
        return made;
    }

    /** The request's payment was settled on this order elsewhere (a late answer): the key says so. */
    @Transactional
    public void fulfilled(Command command, Instant claimed, OrderId order, Instant now) {
        keys.fulfil(command.buyer(), command.key(), claimed, order, now);
    }

    /** The request is refused before any money moved (or with none to move); a replay is refused alike. */
    @Transactional
    public void refused(Command command, Instant claimed, Rejection refusal, Instant now) {
        keys.refuse(command.buyer(), command.key(), claimed, RecordedRefusal.of(refusal), now);
    }

    /** The provider refused: recorded with the key's refusal; false (nothing written) when settled meanwhile. */
    @Transactional
    public boolean declined(Command command, Instant claimed, PaymentAttempt attempt, DeclineReason reason, Rejection refusal,
                            Instant now) {
        if (!payments.declined(attempt, reason, now)) {
            return false;
        }
        keys.refuse(command.buyer(), command.key(), claimed, RecordedRefusal.of(refusal), now);
        return true;
    }

    /** Failed for good: recorded with the key's refusal; false (nothing written) when settled meanwhile. */
    @Transactional
    public boolean failed(Command command, Instant claimed, PaymentAttempt attempt, String reason, Rejection refusal, Instant now) {
        if (!payments.failed(attempt, reason, now)) {
            return false;
        }
        keys.refuse(command.buyer(), command.key(), claimed, RecordedRefusal.of(refusal), now);
        return true;
    }

    /**
     * Money was captured but no order could be made of it: the capture is kept without an order,
     * its full refund recorded PENDING (before the provider is asked, so a crash leaves it to
     * retry), and the key DONE with the refusal. Returns the refund's id; empty when another try of
     * the same request (a takeover) settled the attempt first, which then owns its outcome.
     */
    @Transactional
    public Optional<UUID> unticketed(Command command, Instant claimed, Capture capture, Rejection refusal, Instant now) {
        Optional<UUID> refund = making.keepUnticketed(capture, refusal, now);
        refund.ifPresent(kept -> keys.refuse(command.buyer(), command.key(), claimed, RecordedRefusal.of(refusal), now));
        return refund;
    }
}
