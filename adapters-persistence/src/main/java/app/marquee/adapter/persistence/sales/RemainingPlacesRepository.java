package app.marquee.adapter.persistence.sales;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Places left per show: the venue's seats without a claim of a valid ticket or a live hold, plus
 * each area's capacity less its taken places (live or not yet reaped holds and valid tickets),
 * as the database function {@code show_remaining_places} (V26) counts them.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface RemainingPlacesRepository extends GenericRepository<ShowRow, UUID> {

    @Query("""
            SELECT s.id AS show_id, show_remaining_places(s.id, :now) AS remaining
              FROM shows s
             WHERE s.id = ANY (CAST(:ids AS uuid[]))""")
    List<RemainingRow> remainingAt(String[] ids, Instant now);
}
