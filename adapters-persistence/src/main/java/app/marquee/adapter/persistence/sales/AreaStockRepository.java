package app.marquee.adapter.persistence.sales;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code show_area_stock}: the places taken in each general-admission area of a show (live or not
 * yet lapsed holds, and valid tickets). A change is one conditional UPDATE; CHECK (taken <=
 * capacity) stands behind it.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AreaStockRepository extends GenericRepository<HoldRow, UUID> {

    /** Takes ({@code delta > 0}) or gives back places; 0 rows when the area has fewer than {@code delta} left. */
    @Query("""
            UPDATE show_area_stock SET taken = taken + :delta
             WHERE show_id = :showId AND area_id = :areaId AND taken + :delta <= capacity""")
    int change(UUID showId, UUID areaId, long delta);

    /**
     * What is taken in each area of the show now, leaving out the places of ACTIVE holds whose time
     * is up (not lapsed yet, but blocking no one) and those of the hold {@code leftOut}.
     */
    @Query("""
            SELECT s.show_id, s.area_id, s.taken - coalesce((
                       SELECT sum(i.quantity) FROM holds h JOIN hold_items i ON i.hold_id = h.id
                        WHERE h.show_id = s.show_id AND h.state = 'ACTIVE' AND i.area_id = s.area_id
                          AND (h.expires_at <= :now OR h.id = CAST(:leftOut AS uuid))), 0) AS places
              FROM show_area_stock s WHERE s.show_id = :showId ORDER BY s.area_id""")
    List<AreaPlacesRow> takenAt(UUID showId, @Nullable String leftOut, Instant now);

    /** A new show sells every area of its venue, nothing taken yet. */
    @Query("""
            INSERT INTO show_area_stock (show_id, area_id, capacity)
            SELECT :showId, a.id, a.capacity FROM venue_areas a WHERE a.venue_id = :venueId
            ON CONFLICT (show_id, area_id) DO NOTHING""")
    int addForShow(UUID showId, UUID venueId);

    /**
     * After a seat map is written: every show of the venue that has not ended sells its new areas,
     * and an area that grew has its capacity raised (shrinking is refused while a show may sell it).
     */
    @Query("""
            INSERT INTO show_area_stock (show_id, area_id, capacity)
            SELECT s.id, a.id, a.capacity FROM shows s JOIN venue_areas a ON a.venue_id = s.venue_id
             WHERE s.venue_id = :venueId AND s.ends_at > :now
             ORDER BY s.id, a.id
            ON CONFLICT (show_id, area_id) DO UPDATE SET capacity = EXCLUDED.capacity
             WHERE show_area_stock.capacity < EXCLUDED.capacity""")
    int followSeatMap(UUID venueId, Instant now);
}
