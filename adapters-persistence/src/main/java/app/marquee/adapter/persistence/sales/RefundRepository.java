package app.marquee.adapter.persistence.sales;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Refunds to send: recorded, claimed by the dispatcher (SKIP LOCKED, then a lease), tried again later. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface RefundRepository extends GenericRepository<DueRefundRow, UUID> {
    String DUE_COLUMNS = """
            SELECT r.id, r.idempotency_key, r.amount_minor, r.failures, p.provider_payment_id,
                   p.amount_minor AS captured_minor, p.refunded_minor, p.currency
              FROM refunds r JOIN payments p ON p.id = r.payment_id
            """;

    /** 1 when the order has a captured payment: its refund is PENDING now. */
    @Query("""
            INSERT INTO refunds (id, payment_id, order_id, idempotency_key, amount_minor, reason, state, created_at,
                                 updated_at, next_try_at)
            SELECT :id, p.id, p.order_id, :providerKey, :amountMinor, :reason, 'PENDING', :now, :now, :now
              FROM payments p WHERE p.order_id = :orderId AND p.state = 'CAPTURED'""")
    int recordForOrder(UUID id, UUID orderId, String providerKey, long amountMinor, String reason, Instant now);

    @Query(DUE_COLUMNS + " WHERE r.id = :id AND r.state = 'PENDING' AND p.state = 'CAPTURED'")
    Optional<DueRefundRow> pending(UUID id);

    /** Up to {@code max} due PENDING refunds, oldest due first, skipping those another transaction has locked. */
    @Query("""
            SELECT id FROM refunds WHERE state = 'PENDING' AND next_try_at <= :now
             ORDER BY next_try_at LIMIT :max FOR UPDATE SKIP LOCKED""")
    List<UUID> lockDue(Instant now, int max);

    @Query("""
            UPDATE refunds SET next_try_at = :leasedUntil
             WHERE id = ANY (CAST(:ids AS uuid[])) AND state = 'PENDING'""")
    int lease(String[] ids, Instant leasedUntil);

    @Query(DUE_COLUMNS + """
             WHERE r.id = ANY (CAST(:ids AS uuid[])) AND r.state = 'PENDING' AND p.state = 'CAPTURED'
             ORDER BY r.next_try_at""")
    List<DueRefundRow> due(String[] ids);

    @Query("""
            UPDATE refunds SET failures = failures + 1, failure = :reason, next_try_at = :nextTry, updated_at = :now
             WHERE id = :id AND state = 'PENDING'""")
    int retryLater(UUID id, String reason, Instant nextTry, Instant now);

    @Query("SELECT state FROM refunds WHERE id = :id")
    Optional<String> stateOf(UUID id);
}
