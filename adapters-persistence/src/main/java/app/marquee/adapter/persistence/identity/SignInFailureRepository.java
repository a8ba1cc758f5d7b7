package app.marquee.adapter.persistence.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SignInFailureRepository extends GenericRepository<SignInFailureRow, Long> {

    SignInFailureRow save(SignInFailureRow row);

    /** Holds a per-e-mail lock until the transaction ends, so concurrent attempts are counted one by one. */
    @Query("SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(:email, 0))")
    int lockEmail(String email);

    List<Instant> findFailedAtByEmailAndFailedAtGreaterThanOrderByFailedAt(String email, Instant from);

    int deleteByEmail(String email);

    int deleteByFailedAtLessThan(Instant cutoff);
}
