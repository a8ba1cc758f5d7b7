package app.marquee.adapter.persistence.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CallerStandingRepository extends GenericRepository<AccountRow, UUID> {

    /** The account by its key, and beside it the session by its key if there is one (two primary-key lookups). */
    @Query("""
            SELECT a.id, a.email, a.password_hash, a.display_name, a.language, a.phone, a.role, a.status,
                   a.created_at, a.updated_at, a.closed_at, a.email_verified_at, a.version,
                   s.id AS session_id, s.account_id AS session_account_id, s.created_at AS session_created_at,
                   s.last_refreshed_at AS session_last_refreshed_at, s.revoked_at AS session_revoked_at,
                   s.revocation_reason AS session_revocation_reason
              FROM accounts a LEFT JOIN sessions s ON s.id = :sessionId
             WHERE a.id = :accountId""")
    Optional<CallerStandingRow> standing(UUID accountId, UUID sessionId);
}
