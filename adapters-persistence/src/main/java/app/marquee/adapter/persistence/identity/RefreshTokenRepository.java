package app.marquee.adapter.persistence.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RefreshTokenRepository extends GenericRepository<RefreshTokenRow, String> {

    RefreshTokenRow save(RefreshTokenRow row);

    Optional<RefreshTokenRow> findById(String digest);

    /** Marks the token used if nobody has yet: 1 row for the first request, 0 for any other. */
    @Query("UPDATE refresh_tokens SET used_at = :usedAt WHERE digest = :digest AND used_at IS NULL")
    int markUsed(String digest, Instant usedAt);
}
