package app.marquee.adapter.persistence.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface MailRequestRepository extends GenericRepository<MailRequestRow, Long> {

    MailRequestRow save(MailRequestRow row);

    /** Holds a per-(kind, address) lock until the transaction ends, so concurrent requests are counted one by one. */
    @Query("SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(:key, 1))")
    int lock(String key);

    List<Instant> findRequestedAtByKindAndAddressAndRequestedAtGreaterThan(String kind, String address, Instant from);

    int deleteByRequestedAtLessThan(Instant cutoff);
}
