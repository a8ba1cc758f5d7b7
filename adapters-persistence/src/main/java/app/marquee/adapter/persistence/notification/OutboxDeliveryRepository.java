package app.marquee.adapter.persistence.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The outbox as the dispatcher and the operators use it: claims, outcomes under a claim, listing, re-queuing. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface OutboxDeliveryRepository extends GenericRepository<OutboxRow, UUID> {
    /** Every column; {@code data} whole (secrets included): for the dispatcher only. */
    String WHOLE = """
            SELECT id, kind, channel, recipient, language, account_id, data::text AS data,
                   array_to_json(secret_keys)::text AS secret_keys, status, attempts, next_attempt_at, last_error,
                   created_at, sent_at, claim
              FROM outbox_messages""";
    /** Every column, {@code data} without the values its secret keys name: what operators see. */
    String SHOWN = """
            SELECT id, kind, channel, recipient, language, account_id, (data - secret_keys)::text AS data,
                   '[]' AS secret_keys, status, attempts, next_attempt_at, last_error, created_at, sent_at, claim
              FROM outbox_messages""";

    /** Up to {@code max} due PENDING messages, oldest due first, skipping those another transaction has locked. */
    @Query("""
            SELECT id FROM outbox_messages WHERE status = 'PENDING' AND next_attempt_at <= :now
             ORDER BY next_attempt_at LIMIT :max FOR UPDATE SKIP LOCKED""")
    List<UUID> lockDue(Instant now, int max);

    @Query("""
            UPDATE outbox_messages SET claim = :claim, next_attempt_at = :leasedUntil
             WHERE id = ANY (CAST(:ids AS uuid[])) AND status = 'PENDING'""")
    int lease(String[] ids, UUID claim, Instant leasedUntil);

    /** The rows just leased, read back by primary key (the claim column has no index). */
    @Query(WHOLE + " " + """
             WHERE id = ANY (CAST(:ids AS uuid[])) AND claim = :claim AND status = 'PENDING'
             ORDER BY created_at, id""")
    List<OutboxRow> claimed(String[] ids, UUID claim);

    /** The lease moved on, only under the current claim: 0 when another instance took the message over. */
    @Query("""
            UPDATE outbox_messages SET next_attempt_at = :leasedUntil
             WHERE id = :id AND claim = :claim AND status = 'PENDING'""")
    int renew(UUID id, UUID claim, Instant leasedUntil);

    /** SENT under the current claim, the secret values wiped from data. */
    @Query("""
            UPDATE outbox_messages SET status = 'SENT', sent_at = :now, attempts = attempts + 1, last_error = NULL,
                                       data = data - secret_keys, secret_keys = '{}', claim = NULL
             WHERE id = :id AND claim = :claim AND status = 'PENDING'""")
    int sent(UUID id, UUID claim, Instant now);

    @Query("""
            UPDATE outbox_messages SET attempts = attempts + 1, last_error = :error, next_attempt_at = :nextAttempt,
                                       claim = NULL
             WHERE id = :id AND claim = :claim AND status = 'PENDING'""")
    int retryLater(UUID id, UUID claim, String error, Instant nextAttempt);

    @Query("""
            UPDATE outbox_messages SET status = 'DEAD', attempts = attempts + 1, last_error = :error, claim = NULL
             WHERE id = :id AND claim = :claim AND status = 'PENDING'""")
    int dead(UUID id, UUID claim, String error);

    /** DEAD because what it carries ran out: not an attempt; the secret values wiped as for SENT. */
    @Query("""
            UPDATE outbox_messages SET status = 'DEAD', last_error = :error, data = data - secret_keys,
                                       secret_keys = '{}', claim = NULL
             WHERE id = :id AND claim = :claim AND status = 'PENDING'""")
    int expired(UUID id, UUID claim, String error);

    /** Newest first, after the cursor (created_at, id) if given, of the status if given. */
    @Query(SHOWN + " " + """
             WHERE (CAST(:status AS text) IS NULL OR status = :status)
               AND (CAST(:afterCreated AS timestamptz) IS NULL
                    OR (created_at, id) < (CAST(:afterCreated AS timestamptz), CAST(:afterId AS uuid)))
             ORDER BY created_at DESC, id DESC LIMIT :limit""")
    List<OutboxRow> page(@Nullable String status, @Nullable Instant afterCreated, @Nullable UUID afterId, int limit);

    @Query(SHOWN + " WHERE id = :id")
    Optional<OutboxRow> shown(UUID id);

    /**
     * PENDING again from scratch, due now: a DEAD message, or a PENDING one no dispatcher holds a live
     * lease on (never claimed since its last outcome, or its lease is over); never a SENT message.
     */
    @Query("""
            UPDATE outbox_messages SET status = 'PENDING', attempts = 0, next_attempt_at = :now, last_error = NULL,
                                       claim = NULL
             WHERE id = :id
               AND (status = 'DEAD' OR (status = 'PENDING' AND (claim IS NULL OR next_attempt_at <= :now)))""")
    int requeue(UUID id, Instant now);
}
