package app.marquee.application.sales.order.fakes;

import app.marquee.application.sales.order.port.out.PaymentsPort;
import app.marquee.domain.payment.CapturedPayment;
import app.marquee.domain.payment.DeclineReason;
import app.marquee.domain.payment.IdempotencyKey;
import app.marquee.domain.payment.Money;
import app.marquee.domain.payment.PaymentResult;
import app.marquee.domain.payment.Refund;
import app.marquee.domain.payment.RefundResult;
import app.marquee.domain.payment.card.CardSummary;
import app.marquee.domain.sales.hold.HoldId;
import app.marquee.domain.sales.order.OrderId;
import app.marquee.domain.sales.order.PaymentAttempt;
import app.marquee.domain.sales.order.RefundCause;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Payment attempts and refunds as rows with a state, one PENDING attempt per hold. */
public final class InMemoryPayments implements PaymentsPort {
    public record Row(PaymentAttempt attempt, String state, Optional<OrderId> order, Optional<String> failure,
                      Optional<PaymentResult.Captured> capture) {
    }

    public record RefundRow(UUID id, UUID payment, Money amount, RefundCause cause, String state) {
    }

    private final Map<UUID, Row> rows = new LinkedHashMap<>();
    private final Map<UUID, RefundRow> refunds = new LinkedHashMap<>();

    public List<Row> rows() {
        return List.copyOf(rows.values());
    }

    public List<RefundRow> refunds() {
        return List.copyOf(refunds.values());
    }

    @Override
    public Start begin(PaymentAttempt attempt) {
        Row existing = rows.get(attempt.id());
        if (existing != null) {
            return existing.state().equals("PENDING") && existing.attempt().card().equals(attempt.card())
                    && existing.attempt().amount().equals(attempt.amount()) ? Start.RESUMED : Start.CONFLICTING;
        }
        if (rows.values().stream().anyMatch(r -> r.attempt().hold().equals(attempt.hold()) && r.state().equals("PENDING"))) {
            return Start.OTHER_IN_PROGRESS;
        }
        rows.put(attempt.id(), new Row(attempt, "PENDING", Optional.empty(), Optional.empty(), Optional.empty()));
        return Start.STARTED;
    }

    @Override
    public boolean captured(PaymentAttempt attempt, PaymentResult.Captured capture, Optional<OrderId> order,
                            Instant now) {
        if (!rows.get(attempt.id()).state().equals("PENDING")) {
            return false;
        }
        rows.put(attempt.id(), new Row(attempt, "CAPTURED", order, Optional.empty(), Optional.of(capture)));
        return true;
    }

    @Override
    public boolean declined(PaymentAttempt attempt, DeclineReason reason, Instant now) {
        if (!pending(attempt)) {
            return false;
        }
        rows.put(attempt.id(), new Row(attempt, "DECLINED", Optional.empty(), Optional.of(reason.name()), Optional.empty()));
        return true;
    }

    private boolean pending(PaymentAttempt attempt) {
        return rows.containsKey(attempt.id()) && rows.get(attempt.id()).state().equals("PENDING");
    }

    @Override
    public boolean failed(PaymentAttempt attempt, String reason, Instant now) {
        if (!pending(attempt)) {
            return false;
        }
        rows.put(attempt.id(), new Row(attempt, "FAILED", Optional.empty(), Optional.of(reason), Optional.empty()));
        return true;
    }

    @Override
    public UUID refundPending(PaymentAttempt attempt, Money amount, RefundCause cause, Instant now) {
        UUID id = UUID.randomUUID();
        refunds.put(id, new RefundRow(id, attempt.id(), amount, cause, "PENDING"));
        return id;
    }

    @Override
    public void refundSucceeded(UUID refund, Refund done, Instant now) {
        RefundRow row = refunds.get(refund);
        refunds.put(refund, new RefundRow(refund, row.payment(), row.amount(), row.cause(), "SUCCEEDED"));
    }

    @Override
    public void refundFailed(UUID refund, RefundResult.Failed failure, Instant now) {
        RefundRow row = refunds.get(refund);
        refunds.put(refund, new RefundRow(refund, row.payment(), row.amount(), row.cause(),
                failure.retryable() ? "PENDING" : "FAILED"));
    }

    @Override
    public Optional<CapturedPayment> capturedOf(OrderId order) {
        return rows.values().stream().filter(r -> r.order().equals(Optional.of(order)))
                .map(r -> r.capture().orElseThrow().toCapturedPayment()).findFirst();
    }

    @Override
    public Map<OrderId, CardSummary> cardsOf(Collection<OrderId> orders) {
        Map<OrderId, CardSummary> cards = new LinkedHashMap<>();
        rows.values().stream().filter(r -> r.order().isPresent() && orders.contains(r.order().get()))
                .forEach(r -> cards.put(r.order().get(), r.attempt().card()));
        return cards;
    }

    @Override
    public List<PaymentAttempt> pendingSince(Instant before, int limit) {
        return rows.values().stream().filter(r -> r.state().equals("PENDING") && r.attempt().startedAt().isBefore(before))
                .map(Row::attempt).limit(limit).toList();
    }

    @Override
    public Optional<PaymentAttempt> pendingUnder(IdempotencyKey providerKey) {
        return rows.values().stream().filter(r -> r.state().equals("PENDING")
                && r.attempt().providerKey().equals(providerKey)).map(Row::attempt).findFirst();
    }

    @Override
    public Optional<PaymentAttempt> pendingOfHold(HoldId hold) {
        return rows.values().stream().filter(r -> r.state().equals("PENDING") && r.attempt().hold().equals(hold))
                .map(Row::attempt).findFirst();
    }

    @Override
    public Optional<OrderId> orderOf(PaymentAttempt attempt) {
        return Optional.ofNullable(rows.get(attempt.id())).flatMap(Row::order);
    }

    @Override
    public void stillPending(PaymentAttempt attempt, Instant now) {
    }

    /** A refund recorded elsewhere (a cancellation) for the payment of {@code order}; its id, if it was paid. */
    public Optional<UUID> refundOfOrder(OrderId order, Money amount, RefundCause cause) {
        return rows.values().stream().filter(r -> r.order().equals(Optional.of(order))).findFirst().map(r -> {
            UUID id = UUID.randomUUID();
            refunds.put(id, new RefundRow(id, r.attempt().id(), amount, cause, "PENDING"));
            return id;
        });
    }

    public Optional<PaymentResult.Captured> captureOf(UUID payment) {
        return Optional.ofNullable(rows.get(payment)).flatMap(Row::capture);
    }
}
