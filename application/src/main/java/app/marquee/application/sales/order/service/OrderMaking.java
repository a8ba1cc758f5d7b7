package app.marquee.application.sales.order.service;

import app.marquee.application.notification.sales.SalesNotices;
import app.marquee.application.sales.order.port.out.PaymentsPort;
import app.marquee.application.sales.order.port.out.SaveOrderPort;
import app.marquee.application.sales.waitlist.port.out.ServeWaitingEntryPort;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.hold.Hold;
import app.marquee.domain.sales.hold.HoldKind;
import app.marquee.domain.sales.order.Order;
import app.marquee.domain.sales.order.Purchase;
import app.marquee.domain.sales.order.RefundCause;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Making an order of a paid hold, and keeping a capture that could not become one, inside the
 * caller's transaction: shared by an order request ({@link OrderBookkeeping}) and by the settling of
 * a payment confirmed later (a job asking the provider again, or its webhook), so a late payment is
 * ticketed by exactly the same rules, or refunded.
 */
@Singleton
public class OrderMaking {
    private final SaveOrderPort orders;
    private final PaymentsPort payments;
    private final ServeWaitingEntryPort waitingLists;
    private final SalesNotices notices;

    public OrderMaking(SaveOrderPort orders, PaymentsPort payments) {
        this(orders, payments, (hold, now) -> { }, SalesNotices.NONE);
    }

    @Inject
    public OrderMaking(SaveOrderPort orders, PaymentsPort payments, ServeWaitingEntryPort waitingLists,
                       SalesNotices notices) {
        this.orders = orders;
        this.payments = payments;
        this.waitingLists = waitingLists;
        this.notices = notices;
    }

    /**
     * Converts the hold into its order and tickets (the domain decides, the store's conditional
     * UPDATE confirms) and settles the capture, if any, on the order. A hold that lapsed meanwhile is
     * HOLD_EXPIRED with nothing written (HOLD_NOT_ACTIVE if it was released or replaced before its time); one whose seats were taken throws
     * {@code SeatClaimsLostException} so the transaction rolls back. A waiting-list offer paid for
     * makes its entry SERVED in the same transaction. A capture settled meanwhile by someone else
     * throws {@link AttemptSettledMeanwhileException}: rolled back, it is theirs to answer. The buyer's
     * confirmation is appended to the outbox in the same transaction.
     */
    public Outcome<Purchase> make(Hold hold, Show show, AccountId payer, Optional<Capture> capture, Instant now) {
        Outcome<Purchase> decided = Order.fromHold(hold, show, payer, orders.drawTicketNumbers(hold.places()), now);
        if (!(decided instanceof Outcome.Accepted<Purchase> accepted)) {
            return decided;
        }
        if (!orders.convertHold(hold.id(), now)) {
            return Outcome.rejected(hold.expiresAt().isAfter(now) ? SalesRejection.HOLD_NOT_ACTIVE
                    : SalesRejection.HOLD_EXPIRED);
        }
        Purchase purchase = accepted.value();
        orders.add(purchase);
        if (hold.kind() == HoldKind.OFFER) {
            waitingLists.served(hold.id(), now);
        }
        if (capture.isPresent() && !payments.captured(capture.get().attempt(), capture.get().result(),
                Optional.of(purchase.order().id()), now)) {
            throw new AttemptSettledMeanwhileException(capture.get().attempt());
        }
        notices.orderConfirmed(purchase, now);
        return decided;
    }

    /**
     * Money was captured but no order could be made of it ({@code refusal}): the capture is kept
     * without an order and its full refund recorded PENDING, before the provider is asked, so a
     * crash leaves it to the refund dispatcher. The refund's id; empty when the attempt was settled
     * meanwhile by someone else, who then owns its outcome.
     */
    public Optional<UUID> keepUnticketed(Capture capture, Rejection refusal, Instant now) {
        if (!payments.captured(capture.attempt(), capture.result(), Optional.empty(), now)) {
            return Optional.empty();
        }
        return Optional.of(payments.refundPending(capture.attempt(), capture.result().amount(),
                RefundCause.ofUnticketed(refusal), now));
    }
}
