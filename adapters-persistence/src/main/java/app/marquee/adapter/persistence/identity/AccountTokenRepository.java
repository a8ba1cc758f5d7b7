package app.marquee.adapter.persistence.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AccountTokenRepository extends GenericRepository<AccountTokenRow, String> {

    AccountTokenRow save(AccountTokenRow row);

    Optional<AccountTokenRow> findById(String digest);

    /** Spends the token if it is unused and live at {@code usedAt}: 1 row for the one request that wins, 0 for others. */
    @Query("""
            UPDATE account_tokens SET used_at = :usedAt
             WHERE digest = :digest AND purpose = :purpose AND used_at IS NULL AND expires_at > :usedAt""")
    int redeem(String digest, String purpose, Instant usedAt);

    /** Spends every live token of this purpose the account has; this account's rows only. */
    @Query("""
            UPDATE account_tokens SET used_at = :now
             WHERE account_id = :accountId AND purpose = :purpose AND used_at IS NULL""")
    int spendLive(UUID accountId, String purpose, Instant now);

    int deleteByExpiresAtLessThan(Instant cutoff);
}
