package app.marquee.application.sales.refund.fakes;

import app.marquee.application.sales.order.fakes.InMemoryPayments;
import app.marquee.application.sales.refund.DueRefund;
import app.marquee.application.sales.refund.RefundStatus;
import app.marquee.application.sales.refund.port.out.CancelOrderPort;
import app.marquee.application.sales.refund.port.out.RefundsPort;
import app.marquee.domain.payment.Money;
import app.marquee.domain.sales.order.Order;
import app.marquee.domain.sales.order.OrderId;
import app.marquee.domain.sales.order.PaymentAttempt;
import app.marquee.domain.sales.order.RefundCause;
import app.marquee.domain.sales.order.Ticket;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Cancellations (the first one of an order wins, as the store's conditional UPDATE) and the
 * dispatcher's view of the refunds {@link InMemoryPayments} keeps: when each is due, how often it failed.
 */
public final class InMemoryRefunds implements CancelOrderPort, RefundsPort {
    private final InMemoryPayments payments;
    private final Set<OrderId> cancelled = new HashSet<>();
    private final Map<UUID, Instant> nextTry = new HashMap<>();
    private final Map<UUID, Integer> failures = new HashMap<>();

    public InMemoryRefunds(InMemoryPayments payments) {
        this.payments = payments;
    }

    /** Another request cancelled this order first, in the store, after it was read. */
    public void cancelledElsewhere(OrderId order) {
        cancelled.add(order);
    }

    public boolean isCancelled(OrderId order) {
        return cancelled.contains(order);
    }

    @Override
    public boolean cancel(Order order, List<Ticket> itsTickets, Instant now) {
        return cancelled.add(order.id());
    }

    @Override
    public Optional<UUID> recordForOrder(OrderId order, Money amount, RefundCause cause, Instant now) {
        Optional<UUID> id = payments.refundOfOrder(order, amount, cause);
        id.ifPresent(refund -> nextTry.put(refund, now));
        return id;
    }

    @Override
    public Optional<DueRefund> pending(UUID refund) {
        return payments.refunds().stream().filter(r -> r.id().equals(refund) && r.state().equals("PENDING"))
                .findFirst().map(r -> new DueRefund(r.id(), PaymentAttempt.refundKey(r.id()),
                        payments.captureOf(r.payment()).orElseThrow().toCapturedPayment(), r.amount(),
                        failures.getOrDefault(r.id(), 0)));
    }

    @Override
    public List<DueRefund> claimDue(Instant now, Instant leasedUntil, int max) {
        List<DueRefund> due = payments.refunds().stream().filter(r -> r.state().equals("PENDING"))
                .filter(r -> !nextTry.getOrDefault(r.id(), now).isAfter(now)).limit(max)
                .map(r -> pending(r.id()).orElseThrow()).toList();
        due.forEach(r -> nextTry.put(r.id(), leasedUntil));
        return due;
    }

    @Override
    public void retryLater(UUID refund, String reason, Instant next, Instant now) {
        failures.merge(refund, 1, Integer::sum);
        nextTry.put(refund, next);
    }

    @Override
    public Optional<RefundStatus> statusOf(UUID refund) {
        return payments.refunds().stream().filter(r -> r.id().equals(refund)).findFirst()
                .map(r -> RefundStatus.valueOf(r.state()));
    }
}
