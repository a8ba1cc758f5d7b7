package app.marquee.adapter.persistence.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SignInChallengeRepository extends GenericRepository<SignInChallengeRow, String> {

    SignInChallengeRow save(SignInChallengeRow row);

    Optional<SignInChallengeRow> findById(String digest);

    @Query("SELECT * FROM sign_in_challenges WHERE digest = :digest FOR UPDATE")
    Optional<SignInChallengeRow> lockById(String digest);

    @Query("UPDATE sign_in_challenges SET failures = :failures, answered_at = :answeredAt WHERE digest = :digest")
    void updateState(String digest, int failures, @Nullable Instant answeredAt);

    int deleteByExpiresAtLessThan(Instant cutoff);

    void deleteByAccountId(UUID accountId);
}
