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
interface AccountRepository extends GenericRepository<AccountRow, UUID> {

    Optional<AccountRow> findById(UUID id);

    Optional<AccountRow> findByEmail(String email);

    /**
     * Inserts the account unless its e-mail is taken: 0 rows then, and the transaction stays usable.
     * Scalar parameters on purpose: given the row record instead, Micronaut Data 4.14 did not return
     * the number of rows changed, so a refusal went unnoticed.
     */
    @Query("""
            INSERT INTO accounts (id, email, password_hash, display_name, language, phone, role, status,
                                  created_at, updated_at, closed_at, email_verified_at, version)
            VALUES (:id, :email, :passwordHash, :displayName, :language, :phone, :role, :status,
                    :createdAt, :updatedAt, :closedAt, :emailVerifiedAt, :version)
            ON CONFLICT (email) DO NOTHING""")
    int insertUnlessEmailTaken(UUID id, String email, String passwordHash, String displayName, String language,
                               @Nullable String phone, String role, String status, Instant createdAt,
                               Instant updatedAt, @Nullable Instant closedAt, @Nullable Instant emailVerifiedAt,
                               long version);

    /** Writes the account only if nobody changed it since it was read at {@code version}; 0 rows otherwise. */
    @Query("""
            UPDATE accounts
               SET email = :email, password_hash = :passwordHash, display_name = :displayName,
                   language = :language, phone = :phone, role = :role, status = :status,
                   updated_at = :updatedAt, closed_at = :closedAt, email_verified_at = :emailVerifiedAt,
                   version = version + 1
             WHERE id = :id AND version = :version""")
    int updateAtVersion(UUID id, long version, String email, String passwordHash, String displayName,
                        String language, @Nullable String phone, String role, String status, Instant updatedAt,
                        @Nullable Instant closedAt, @Nullable Instant emailVerifiedAt);

    /**
     * Accounts ordered by e-mail; each filter applies only when given. {@code emailPattern} is a
     * LIKE pattern whose wildcards in the user's prefix are already escaped with a backslash.
     */
    @Query("""
            SELECT * FROM accounts
             WHERE (CAST(:role AS text) IS NULL OR role = :role)
               AND (CAST(:status AS text) IS NULL OR status = :status)
               AND (CAST(:emailPattern AS text) IS NULL OR email LIKE :emailPattern)
               AND (CAST(:after AS text) IS NULL OR email > :after)
             ORDER BY email
             LIMIT :max""")
    List<AccountRow> search(@Nullable String role, @Nullable String status, @Nullable String emailPattern,
                            @Nullable String after, int max);

    /** Locks the active admins' rows until the transaction ends (FOR UPDATE) and counts them. */
    @Query("SELECT count(*) FROM (SELECT id FROM accounts WHERE role = 'ADMIN' AND status = 'ACTIVE' FOR UPDATE) admins")
    long lockActiveAdmins();

    /** Locks what it returns and skips what another transaction has locked, so two jobs share the work. */
    @Query("""
            SELECT * FROM accounts
             WHERE status = 'CLOSED' AND closed_at <= :before
             ORDER BY closed_at, id
             LIMIT :max
               FOR UPDATE SKIP LOCKED""")
    List<AccountRow> closedBefore(Instant before, int max);
}
