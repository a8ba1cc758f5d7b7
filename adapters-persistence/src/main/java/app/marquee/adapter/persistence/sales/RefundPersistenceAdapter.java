package app.marquee.adapter.persistence.sales;

import app.marquee.application.sales.refund.DueRefund;
import app.marquee.application.sales.refund.RefundStatus;
import app.marquee.application.sales.refund.port.out.RefundsPort;
import app.marquee.domain.payment.CapturedPayment;
import app.marquee.domain.payment.IdempotencyKey;
import app.marquee.domain.payment.Money;
import app.marquee.domain.payment.PaymentId;
import app.marquee.domain.sales.order.OrderId;
import app.marquee.domain.sales.order.PaymentAttempt;
import app.marquee.domain.sales.order.RefundCause;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Refunds in PostgreSQL. The dispatcher's claim is one short transaction: the due rows locked with
 * {@code FOR UPDATE SKIP LOCKED} (another instance's claim is skipped, never waited for), then
 * leased ({@code next_try_at} moved on) so that after the commit the other instances still leave
 * them alone while this one asks the provider.
 */
@Singleton
public class RefundPersistenceAdapter implements RefundsPort {
    private final RefundRepository refunds;

    RefundPersistenceAdapter(RefundRepository refunds) {
        this.refunds = refunds;
    }

    @Override
    @Transactional
    public Optional<UUID> recordForOrder(OrderId order, Money amount, RefundCause cause, Instant now) {
        UUID id = UUID.randomUUID();
        return refunds.recordForOrder(id, order.value(), PaymentAttempt.refundKey(id).value(), amount.minor(),
                cause.name(), now) == 1 ? Optional.of(id) : Optional.empty();
    }

    @Override
    @Transactional
    public Optional<DueRefund> pending(UUID refund) {
        return refunds.pending(refund).map(RefundPersistenceAdapter::toDomain);
    }

    @Override
    @Transactional
    public List<DueRefund> claimDue(Instant now, Instant leasedUntil, int max) {
        List<UUID> locked = refunds.lockDue(now, max);
        if (locked.isEmpty()) {
            return List.of();
        }
        String[] ids = locked.stream().map(UUID::toString).toArray(String[]::new);
        refunds.lease(ids, leasedUntil);
        return refunds.due(ids).stream().map(RefundPersistenceAdapter::toDomain).toList();
    }

    @Override
    @Transactional
    public void retryLater(UUID refund, String reason, Instant nextTry, Instant now) {
        refunds.retryLater(refund, reason, nextTry, now);
    }

    @Override
    @Transactional
    public Optional<RefundStatus> statusOf(UUID refund) {
        return refunds.stateOf(refund).map(RefundStatus::valueOf);
    }

    private static DueRefund toDomain(DueRefundRow row) {
        return new DueRefund(row.id(), new IdempotencyKey(row.idempotencyKey()),
                new CapturedPayment(new PaymentId(row.providerPaymentId()), Money.of(row.capturedMinor(), row.currency()),
                        Money.of(row.refundedMinor(), row.currency())),
                Money.of(row.amountMinor(), row.currency()), row.failures());
    }
}
