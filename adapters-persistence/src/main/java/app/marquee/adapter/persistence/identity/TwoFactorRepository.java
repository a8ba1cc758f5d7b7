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
interface TwoFactorRepository extends GenericRepository<TwoFactorRow, UUID> {

    Optional<TwoFactorRow> findById(UUID accountId);

    @Query("SELECT * FROM two_factors WHERE account_id = :accountId FOR UPDATE")
    Optional<TwoFactorRow> lockById(UUID accountId);

    @Query("""
            INSERT INTO two_factors (account_id, sealed_secret, status, enrolled_at, enabled_at, last_accepted_step)
            VALUES (:accountId, :sealedSecret, :status, :enrolledAt, :enabledAt, :lastAcceptedStep)
            ON CONFLICT (account_id) DO UPDATE
               SET sealed_secret = EXCLUDED.sealed_secret, status = EXCLUDED.status, enrolled_at = EXCLUDED.enrolled_at,
                   enabled_at = EXCLUDED.enabled_at, last_accepted_step = EXCLUDED.last_accepted_step""")
    void upsert(UUID accountId, String sealedSecret, String status, Instant enrolledAt, @Nullable Instant enabledAt,
                @Nullable Long lastAcceptedStep);

    @Query("DELETE FROM two_factors WHERE account_id = :accountId")
    int delete(UUID accountId);

    @Query("SELECT account_id, digest, used_at FROM two_factor_recovery_codes WHERE account_id = :accountId ORDER BY digest")
    List<RecoveryCodeRow> codesOf(UUID accountId);

    @Query("DELETE FROM two_factor_recovery_codes WHERE account_id = :accountId")
    int deleteCodes(UUID accountId);

    @Query("INSERT INTO two_factor_recovery_codes (account_id, digest, used_at) VALUES (:accountId, :digest, :usedAt)")
    void insertCode(UUID accountId, String digest, @Nullable Instant usedAt);
}
