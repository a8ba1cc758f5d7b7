package app.marquee.adapter.persistence.sales;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Payment attempts and their refunds, scalar parameters. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PaymentRepository extends GenericRepository<PaymentRow, UUID> {

    /**
     * 0 rows when the attempt exists already, another attempt is PENDING for the hold (one at most),
     * or the hold is no longer ACTIVE: its row is read {@code FOR SHARE}, so a conversion running
     * now is waited for and then seen, and a hold already converted is never charged again.
     */
    @Query("""
            INSERT INTO payments (id, hold_id, buyer_id, idempotency_key, amount_minor, currency, state, card_brand,
                                  card_last4, created_at, updated_at)
            SELECT :id, h.id, :buyerId, :providerKey, :amountMinor, :currency, 'PENDING', :cardBrand, :cardLast4,
                   :now, :now
              FROM holds h WHERE h.id = :holdId AND h.state = 'ACTIVE'
               FOR SHARE
            ON CONFLICT DO NOTHING""")
    int begin(UUID id, UUID holdId, UUID buyerId, String providerKey, long amountMinor, String currency,
              String cardBrand, String cardLast4, Instant now);

    @Query("SELECT count(*) FROM holds WHERE id = :holdId AND state = 'ACTIVE'")
    long activeHolds(UUID holdId);

    @Query("""
            SELECT id, hold_id, buyer_id, amount_minor, currency, state, provider_payment_id, card_brand, card_last4,
                   order_id, refunded_minor, created_at
              FROM payments WHERE id = :id""")
    Optional<PaymentRow> findById(UUID id);

    @Query("""
            UPDATE payments SET state = 'CAPTURED', provider_payment_id = :providerPaymentId, card_brand = :cardBrand,
                                card_last4 = :cardLast4, order_id = CAST(:orderId AS uuid), updated_at = :now
             WHERE id = :id AND state = 'PENDING'""")
    int captured(UUID id, String providerPaymentId, String cardBrand, String cardLast4, @Nullable String orderId,
                 Instant now);

    /** DECLINED or FAILED, with the provider's reason. */
    @Query("""
            UPDATE payments SET state = :state, failure_code = :failure, updated_at = :now
             WHERE id = :id AND state = 'PENDING'""")
    int settle(UUID id, String state, String failure, Instant now);

    @Query("""
            INSERT INTO refunds (id, payment_id, order_id, idempotency_key, amount_minor, reason, state, created_at,
                                 updated_at)
            VALUES (:id, :paymentId, NULL, :providerKey, :amountMinor, :reason, 'PENDING', :now, :now)""")
    int refundPending(UUID id, UUID paymentId, String providerKey, long amountMinor, String reason, Instant now);

    /** 1 when the refund was PENDING: it SUCCEEDED now (said again, 0). */
    @Query("""
            UPDATE refunds SET state = 'SUCCEEDED', provider_refund_id = :providerRefundId, updated_at = :now
             WHERE id = :id AND state = 'PENDING'""")
    int refundSucceeded(UUID id, String providerRefundId, Instant now);

    /** The refund's payment counts its amount as refunded. */
    @Query("""
            UPDATE payments p SET refunded_minor = p.refunded_minor + r.amount_minor, updated_at = :now
              FROM refunds r WHERE r.id = :refundId AND p.id = r.payment_id""")
    int countRefunded(UUID refundId, Instant now);

    @Query("""
            UPDATE refunds SET state = :state, failure = :failure, updated_at = :now
             WHERE id = :id AND state = 'PENDING'""")
    int refundFailed(UUID id, String state, String failure, Instant now);

    @Query("""
            SELECT id, hold_id, buyer_id, amount_minor, currency, state, provider_payment_id, card_brand, card_last4,
                   order_id, refunded_minor, created_at
              FROM payments WHERE order_id = ANY (CAST(:orderIds AS uuid[])) AND state = 'CAPTURED'""")
    List<PaymentRow> capturedOf(String[] orderIds);

    @Query("""
            SELECT id, hold_id, buyer_id, amount_minor, currency, state, provider_payment_id, card_brand, card_last4,
                   order_id, refunded_minor, created_at
              FROM payments WHERE state = 'PENDING' AND order_id IS NULL AND updated_at < :before
             ORDER BY updated_at LIMIT :max""")
    List<PaymentRow> pendingSince(Instant before, int max);

    @Query("""
            SELECT id, hold_id, buyer_id, amount_minor, currency, state, provider_payment_id, card_brand, card_last4,
                   order_id, refunded_minor, created_at
              FROM payments WHERE idempotency_key = :providerKey AND state = 'PENDING'""")
    Optional<PaymentRow> pendingUnder(String providerKey);

    @Query("""
            SELECT id, hold_id, buyer_id, amount_minor, currency, state, provider_payment_id, card_brand, card_last4,
                   order_id, refunded_minor, created_at
              FROM payments WHERE hold_id = :holdId AND state = 'PENDING'""")
    Optional<PaymentRow> pendingOfHold(UUID holdId);

    /** Asked again and still unknown: not among the oldest PENDING attempts for a while. */
    @Query("UPDATE payments SET updated_at = :now WHERE id = :id AND state = 'PENDING'")
    int touch(UUID id, Instant now);
}
