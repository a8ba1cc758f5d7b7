package app.marquee.adapter.persistence.sales;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The Idempotency-Keys of order requests, by caller and key. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface OrderRequestKeyRepository extends GenericRepository<OrderRequestKeyRow, UUID> {

    /** 1 when this request claimed the key, 0 when the caller already has it. */
    @Query("""
            INSERT INTO idempotency_keys (account_id, key, fingerprint, state, created_at, updated_at)
            VALUES (:accountId, :key, :fingerprint, 'IN_PROGRESS', :now, :now)
            ON CONFLICT (account_id, key) DO NOTHING""")
    int claim(UUID accountId, String key, String fingerprint, Instant now);

    @Query("""
            SELECT account_id, key, fingerprint, state, order_id, rejection_code, rejection_detail, updated_at
              FROM idempotency_keys WHERE account_id = :accountId AND key = :key""")
    Optional<OrderRequestKeyRow> find(UUID accountId, String key);

    /** 0 rows when the key is done, gone, or was touched since {@code seen} (another request took it over). */
    @Query("""
            UPDATE idempotency_keys SET updated_at = :now
             WHERE account_id = :accountId AND key = :key AND state = 'IN_PROGRESS' AND updated_at = :seen""")
    int takeOver(UUID accountId, String key, Instant seen, Instant now);

    /** 0 rows when the key is done, gone, or was taken over since {@code claimed}. */
    @Query("""
            UPDATE idempotency_keys SET updated_at = :stale
             WHERE account_id = :accountId AND key = :key AND state = 'IN_PROGRESS' AND updated_at = :claimed""")
    int release(UUID accountId, String key, Instant claimed, Instant stale);

    @Query("""
            UPDATE idempotency_keys SET state = 'DONE', order_id = CAST(:orderId AS uuid), rejection_code = :code,
                                        rejection_detail = :detail, updated_at = :now
             WHERE account_id = :accountId AND key = :key AND state = 'IN_PROGRESS' AND updated_at = :claimed""")
    int done(UUID accountId, String key, Instant claimed, @Nullable String orderId, @Nullable String code,
             @Nullable String detail, Instant now);

    /** Forgets DONE keys last written before {@code before}; never one IN_PROGRESS. */
    @Query("DELETE FROM idempotency_keys WHERE state = 'DONE' AND updated_at < :before")
    int purgeDoneBefore(Instant before);

    /** Forgets IN_PROGRESS keys silent since before {@code before} (released, or left by a crash). */
    @Query("DELETE FROM idempotency_keys WHERE state = 'IN_PROGRESS' AND updated_at < :before")
    int purgeAbandonedBefore(Instant before);
}
