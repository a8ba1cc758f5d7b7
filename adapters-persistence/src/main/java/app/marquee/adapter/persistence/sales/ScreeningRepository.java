package app.marquee.adapter.persistence.sales;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Screenings, the shows of kind SCREENING. A new one is inserted with {@code ON CONFLICT DO
 * NOTHING}: the exclusion constraint {@code shows_screening_overlap} is then an answer (0 rows,
 * after waiting for a concurrent writer to commit or roll back), never an error.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ScreeningRepository extends GenericRepository<ShowRow, UUID> {

    @Query("""
            SELECT id, title_id, starts_at, ends_at, screening_version, projection FROM shows
             WHERE kind = 'SCREENING' AND lifecycle <> 'CANCELLED' AND venue_id = :venueId
               AND tstzrange(starts_at, ends_at) && tstzrange(CAST(:from AS timestamptz), CAST(:to AS timestamptz))
             ORDER BY starts_at""")
    List<ScreeningRow> inRoomBetween(UUID venueId, Instant from, Instant to);

    @Query("""
            SELECT id FROM shows
             WHERE kind = 'SCREENING' AND lifecycle <> 'CANCELLED' AND venue_id = :venueId
               AND tstzrange(starts_at, ends_at) && tstzrange(CAST(:from AS timestamptz), CAST(:to AS timestamptz))
             ORDER BY starts_at LIMIT 1""")
    Optional<UUID> firstInTheWay(UUID venueId, Instant from, Instant to);

    @Query("""
            INSERT INTO shows (id, kind, venue_id, title_id, starts_at, ends_at, time_zone, currency, sales_open_at,
                               sales_close_at, per_order_max, lifecycle, screening_version, projection, created_at,
                               updated_at, version)
            VALUES (:id, 'SCREENING', :venueId, :titleId, :startsAt, :endsAt, :timeZone, :currency, :salesOpenAt,
                    :salesCloseAt, :perOrderMax, :lifecycle, :screeningVersion, :projection, now(), now(), :version)
            ON CONFLICT DO NOTHING""")
    int insert(UUID id, UUID venueId, UUID titleId, Instant startsAt, Instant endsAt, String timeZone, String currency,
               Instant salesOpenAt, Instant salesCloseAt, int perOrderMax, String lifecycle, String screeningVersion,
               String projection, long version);

    /**
     * Not cancelled; on a date in the room's own time zone (first narrowed to starts from the day
     * before to the day after, through the screenings' start index), or without a date those not
     * over yet; of a title, in a room, as given; by start. Remaining seats as {@code RemainingPlacesRepository}
     * counts them (the database function {@code show_remaining_places}).
     */
    @Query("""
            SELECT s.id, s.venue_id, s.title_id, s.starts_at, s.ends_at, s.time_zone, s.currency, s.sales_open_at,
                   s.sales_close_at, s.per_order_max, s.lifecycle, s.version, s.screening_version, s.projection,
                   show_remaining_places(s.id, :now) AS remaining_seats
              FROM shows s
             WHERE s.kind = 'SCREENING' AND s.lifecycle <> 'CANCELLED'
               AND (CAST(:date AS date) IS NULL AND s.ends_at > :now
                    OR s.starts_at >= CAST(CAST(:date AS date) - 1 AS timestamp) AT TIME ZONE 'UTC'
                       AND s.starts_at < CAST(CAST(:date AS date) + 2 AS timestamp) AT TIME ZONE 'UTC'
                       AND CAST(s.starts_at AT TIME ZONE s.time_zone AS date) = CAST(:date AS date))
               AND (CAST(:titleId AS uuid) IS NULL OR s.title_id = CAST(:titleId AS uuid))
               AND (CAST(:venueId AS uuid) IS NULL OR s.venue_id = CAST(:venueId AS uuid))
               AND (CAST(:afterStart AS timestamptz) IS NULL
                    OR (s.starts_at, s.id) > (CAST(:afterStart AS timestamptz), CAST(:afterId AS uuid)))
             ORDER BY s.starts_at, s.id
             LIMIT :max""")
    List<ScreeningListRow> list(@Nullable String date, @Nullable String titleId, @Nullable String venueId,
                                @Nullable String afterStart, @Nullable String afterId, int max,
                                Instant now);
}
