package app.marquee.application.sales.order.service;

import app.marquee.application.sales.order.port.in.PlaceOrderUseCase.Command;
import app.marquee.application.sales.order.port.out.OrderRequestKeysPort;
import app.marquee.application.sales.order.port.out.PaymentsPort;
import app.marquee.application.sales.order.port.out.SaveOrderPort;
import app.marquee.application.sales.waitlist.port.out.ServeWaitingEntryPort;
import app.marquee.domain.payment.DeclineReason;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.hold.Hold;
import app.marquee.domain.sales.hold.HoldKind;
import app.marquee.domain.sales.order.Order;
import app.marquee.domain.sales.order.PaymentAttempt;
import app.marquee.domain.sales.order.Purchase;
import app.marquee.domain.sales.order.RecordedRefusal;
import app.marquee.domain.sales.order.RefundCause;
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
 * The writes of an order request, each one transaction, so that what the money did and what the
 * request answers are recorded together: never a ticket without its payment, never a payment
 * settled without its Idempotency-Key saying so.
 */
@Singleton
public class OrderBookkeeping {
    private final SaveOrderPort orders;
    private final PaymentsPort payments;
    private final OrderRequestKeysPort keys;
    private final ServeWaitingEntryPort waitingLists;

    public OrderBookkeeping(SaveOrderPort orders, PaymentsPort payments, OrderRequestKeysPort keys) {
        this(orders, payments, keys, (hold, now) -> { });
    }

    @Inject
    public OrderBookkeeping(SaveOrderPort orders, PaymentsPort payments, OrderRequestKeysPort keys,
                            ServeWaitingEntryPort waitingLists) {
        this.orders = orders;
        this.payments = payments;
        this.keys = keys;
        this.waitingLists = waitingLists;
    }

    /**
     * Converts the hold into its order and tickets (the domain decides, the store's conditional
     * UPDATE confirms), settles the payment on the order and marks the key DONE with it. A hold that
     * lapsed meanwhile is HOLD_EXPIRED with nothing written; one whose seats were taken rolls back.
     * A waiting-list offer paid for makes its entry SERVED in the same transaction.
     */
    @Transactional
    public Outcome<Purchase> ticket(Hold hold, Show show, Command command, Optional<Capture> capture, Instant now) {
        Outcome<Purchase> decided = Order.fromHold(hold, show, command.buyer(),
                orders.drawTicketNumbers(hold.places()), now);
        if (!(decided instanceof Outcome.Accepted<Purchase> accepted)) {
            return decided;
        }
        if (!orders.convertHold(hold.id(), now)) {
            return Outcome.rejected(SalesRejection.HOLD_EXPIRED);
        }
        Purchase purchase = accepted.value();
        orders.add(purchase);
        if (hold.kind() == HoldKind.OFFER) {
            waitingLists.served(hold.id(), now);
        }
        if (capture.isPresent() && !payments.captured(capture.get().attempt(), capture.get().result(),
                Optional.of(purchase.order().id()), now)) {
            throw new IllegalStateException("attempt " + capture.get().attempt().id() + " was settled meanwhile");
        }
        keys.fulfil(command.buyer(), command.key(), purchase.order().id(), now);
        return decided;
    }

    /** The request is refused before any money moved (or with none to move); a replay is refused alike. */
    @Transactional
    public void refused(Command command, Rejection refusal, Instant now) {
        keys.refuse(command.buyer(), command.key(), RecordedRefusal.of(refusal), now);
    }

    @Transactional
    public void declined(Command command, PaymentAttempt attempt, DeclineReason reason, Rejection refusal,
                         Instant now) {
        payments.declined(attempt, reason, now);
        keys.refuse(command.buyer(), command.key(), RecordedRefusal.of(refusal), now);
    }

    @Transactional
    public void failed(Command command, PaymentAttempt attempt, String reason, Rejection refusal, Instant now) {
        payments.failed(attempt, reason, now);
        keys.refuse(command.buyer(), command.key(), RecordedRefusal.of(refusal), now);
    }

    /**
     * Money was captured but no order could be made of it: the capture is kept without an order,
     * its full refund recorded PENDING (before the provider is asked, so a crash leaves it to
     * retry), and the key DONE with the refusal. Returns the refund's id; empty when another try of
     * the same request (a takeover) settled the attempt first, which then owns its outcome.
     */
    @Transactional
    public Optional<UUID> unticketed(Command command, Capture capture, Rejection refusal, Instant now) {
        if (!payments.captured(capture.attempt(), capture.result(), Optional.empty(), now)) {
            return Optional.empty();
        }
        UUID refund = payments.refundPending(capture.attempt(), capture.result().amount(),
                RefundCause.ofUnticketed(refusal), now);
        keys.refuse(command.buyer(), command.key(), RecordedRefusal.of(refusal), now);
        return Optional.of(refund);
    }
}
