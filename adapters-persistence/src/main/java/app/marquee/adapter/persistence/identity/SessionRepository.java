package app.marquee.adapter.persistence.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SessionRepository extends GenericRepository<SessionRow, UUID> {

    SessionRow save(SessionRow row);

    Optional<SessionRow> findById(UUID id);

    List<SessionRow> findByAccountIdOrderByCreatedAt(UUID accountId);

    /**
     * Writes what a session may change, and never undoes what another request did: a revoked
     * session stays revoked with its first reason, and the last refresh never goes back in time.
     */
    @Query("""
            UPDATE sessions
               SET last_refreshed_at = GREATEST(last_refreshed_at, :lastRefreshedAt),
                   revoked_at = COALESCE(revoked_at, :revokedAt),
                   revocation_reason = COALESCE(revocation_reason, :revocationReason)
             WHERE id = :id""")
    void updateState(UUID id, Instant lastRefreshedAt, @Nullable Instant revokedAt,
                     @Nullable String revocationReason);

    /** Revokes the account's live sessions, all of them or all but {@code keep}. */
    @Query("""
            UPDATE sessions
               SET revoked_at = :now, revocation_reason = :reason
             WHERE account_id = :accountId
               AND revoked_at IS NULL
               AND (CAST(:keep AS uuid) IS NULL OR id <> :keep)""")
    int revokeLive(UUID accountId, @Nullable UUID keep, String reason, Instant now);
}
