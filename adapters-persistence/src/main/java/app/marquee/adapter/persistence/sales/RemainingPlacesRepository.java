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
 * each area's capacity less its taken places (live or not yet reaped holds and valid tickets).
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface RemainingPlacesRepository extends GenericRepository<ShowRow, UUID> {

    @Query("""
            SELECT s.id AS show_id,
                   (SELECT count(*) FROM venue_seats vs
                     WHERE vs.venue_id = s.venue_id
                       AND NOT EXISTS (SELECT 1 FROM seat_claims c
                                        WHERE c.show_id = s.id AND c.seat_id = vs.id
                                          AND (c.ticket_id IS NOT NULL OR c.expires_at > :now)))
                   + (SELECT coalesce(sum(greatest(0, st.capacity - st.taken)), 0) FROM show_area_stock st
                       WHERE st.show_id = s.id) AS remaining
              FROM shows s
             WHERE s.id = ANY (CAST(:ids AS uuid[]))""")
    List<RemainingRow> remainingAt(String[] ids, Instant now);
}
