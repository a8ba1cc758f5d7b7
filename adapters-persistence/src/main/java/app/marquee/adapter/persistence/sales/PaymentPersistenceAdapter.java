package app.marquee.adapter.persistence.sales;

import app.marquee.application.sales.order.port.out.PaymentsPort;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.payment.CapturedPayment;
import app.marquee.domain.payment.DeclineReason;
import app.marquee.domain.payment.IdempotencyKey;
import app.marquee.domain.payment.Money;
import app.marquee.domain.payment.PaymentId;
import app.marquee.domain.payment.PaymentResult;
import app.marquee.domain.payment.Refund;
import app.marquee.domain.payment.RefundResult;
import app.marquee.domain.payment.card.CardBrand;
import app.marquee.domain.payment.card.CardSummary;
import app.marquee.domain.sales.hold.HoldId;
import app.marquee.domain.sales.order.OrderId;
import app.marquee.domain.sales.order.PaymentAttempt;
import app.marquee.domain.sales.order.RefundCause;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Payments and refunds in PostgreSQL. {@code payments_one_pending_per_hold} keeps one PENDING
 * attempt per hold across instances: a second attempt's insert does nothing, and it is refused.
 * Settling is a conditional UPDATE from PENDING, so an attempt is settled once. Only a card's brand
 * and last four digits reach a column.
 */
@Singleton
public class PaymentPersistenceAdapter implements PaymentsPort {
    private final PaymentRepository payments;

    PaymentPersistenceAdapter(PaymentRepository payments) {
        this.payments = payments;
    }

    @Override
    @Transactional
    public Start begin(PaymentAttempt attempt) {
        if (payments.begin(attempt.id(), attempt.hold().value(), attempt.buyer().value(), attempt.providerKey().value(),
                attempt.amount().minor(), attempt.amount().currency().getCurrencyCode(), attempt.card().brand().name(),
                attempt.card().last4(), attempt.startedAt()) == 1) {
            return Start.STARTED;
        }
        Optional<PaymentRow> known = payments.findById(attempt.id());
        if (known.isEmpty()) {
            return payments.activeHolds(attempt.hold().value()) == 0 ? Start.HOLD_NOT_ACTIVE : Start.OTHER_IN_PROGRESS;
        }
        PaymentRow row = known.get();
        boolean same = row.state().equals("PENDING") && row.amountMinor() == attempt.amount().minor()
                && row.currency().equals(attempt.amount().currency().getCurrencyCode())
                && card(row).equals(attempt.card());
        return same ? Start.RESUMED : Start.CONFLICTING;
    }

    @Override
    @Transactional
    public boolean captured(PaymentAttempt attempt, PaymentResult.Captured capture, Optional<OrderId> order,
                            Instant now) {
        return payments.captured(attempt.id(), capture.paymentId().value(), capture.card().brand().name(),
                capture.card().last4(), order.map(OrderId::toString).orElse(null), now) == 1;
    }

    @Override
    @Transactional
    public boolean declined(PaymentAttempt attempt, DeclineReason reason, Instant now) {
        return payments.settle(attempt.id(), "DECLINED", reason.name(), now) == 1;
    }

    @Override
    @Transactional
    public boolean failed(PaymentAttempt attempt, String reason, Instant now) {
        return payments.settle(attempt.id(), "FAILED", reason, now) == 1;
    }

    @Override
    @Transactional
    public UUID refundPending(PaymentAttempt attempt, Money amount, RefundCause cause, Instant now) {
        UUID id = UUID.randomUUID();
        payments.refundPending(id, attempt.id(), PaymentAttempt.refundKey(id).value(), amount.minor(), cause.name(), now);
        return id;
    }

    @Override
    @Transactional
    public void refundSucceeded(UUID refund, Refund done, Instant now) {
        if (payments.refundSucceeded(refund, done.id().value(), now) == 1) {
            payments.countRefunded(refund, now);
        }
    }

    @Override
    @Transactional
    public void refundFailed(UUID refund, RefundResult.Failed failure, Instant now) {
        payments.refundFailed(refund, failure.retryable() ? "PENDING" : "FAILED", failure.reason(), now);
    }

    @Override
    @Transactional
    public Optional<CapturedPayment> capturedOf(OrderId order) {
        return payments.capturedOf(new String[] {order.toString()}).stream().findFirst()
                .map(row -> new CapturedPayment(new PaymentId(row.providerPaymentId()), money(row, row.amountMinor()),
                        money(row, row.refundedMinor())));
    }

    @Override
    @Transactional
    public Map<OrderId, CardSummary> cardsOf(Collection<OrderId> orders) {
        Map<OrderId, CardSummary> cards = new LinkedHashMap<>();
        payments.capturedOf(orders.stream().map(OrderId::toString).toArray(String[]::new))
                .forEach(row -> cards.put(new OrderId(row.orderId()), card(row)));
        return cards;
    }

    @Override
    @Transactional
    public List<PaymentAttempt> pendingSince(Instant before, int limit) {
        return payments.pendingSince(before, limit).stream().map(PaymentPersistenceAdapter::attempt).toList();
    }

    @Override
    @Transactional
    public Optional<PaymentAttempt> pendingUnder(IdempotencyKey providerKey) {
        return payments.pendingUnder(providerKey.value()).map(PaymentPersistenceAdapter::attempt);
    }

    @Override
    @Transactional
    public Optional<PaymentAttempt> pendingOfHold(HoldId hold) {
        return payments.pendingOfHold(hold.value()).map(PaymentPersistenceAdapter::attempt);
    }

    @Override
    @Transactional
    public Optional<OrderId> orderOf(PaymentAttempt attempt) {
        return payments.findById(attempt.id()).flatMap(row -> Optional.ofNullable(row.orderId())).map(OrderId::new);
    }

    @Override
    @Transactional
    public void stillPending(PaymentAttempt attempt, Instant now) {
        payments.touch(attempt.id(), now);
    }

    private static PaymentAttempt attempt(PaymentRow row) {
        return new PaymentAttempt(row.id(), new HoldId(row.holdId()), new AccountId(row.buyerId()),
                money(row, row.amountMinor()), card(row), row.createdAt());
    }

    private static CardSummary card(PaymentRow row) {
        return new CardSummary(CardBrand.valueOf(row.cardBrand()), row.cardLast4());
    }

    private static Money money(PaymentRow row, long minor) {
        return Money.of(minor, row.currency());
    }
}
