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
 * Shows and their price tiers, scalar parameters; tiers travel as arrays, one {@code unnest}
 * statement whatever their number. Also the venue locks that keep shows and seat maps apart.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ShowRepository extends GenericRepository<ShowRow, UUID> {

    Optional<ShowRow> findById(UUID id);

    @Query("""
            SELECT id, kind, venue_id, event_id, title_id, starts_at, ends_at, time_zone, currency, sales_open_at,
                   sales_close_at, per_order_max, lifecycle, version
              FROM shows WHERE event_id = :eventId ORDER BY starts_at, id""")
    List<ShowRow> ofEvent(UUID eventId);

    @Query("""
            SELECT show_id, id, name, CAST(seat_kinds AS text[]) AS seat_kinds, CAST(area_ids AS text[]) AS area_ids,
                   price_minor, conditions
              FROM show_price_tiers WHERE show_id = ANY (CAST(:showIds AS uuid[])) ORDER BY show_id, position""")
    List<PriceTierRow> tiersOf(String[] showIds);

    @Query("""
            INSERT INTO shows (id, kind, venue_id, event_id, title_id, starts_at, ends_at, time_zone, currency,
                               sales_open_at, sales_close_at, per_order_max, lifecycle, created_at, updated_at, version)
            VALUES (:id, :kind, :venueId, CAST(:eventId AS uuid), CAST(:titleId AS uuid), :startsAt, :endsAt, :timeZone,
                    :currency, :salesOpenAt, :salesCloseAt, :perOrderMax, :lifecycle, now(), now(), :version)""")
    int insert(UUID id, String kind, UUID venueId, @Nullable String eventId, @Nullable String titleId, Instant startsAt,
               Instant endsAt, String timeZone, String currency, Instant salesOpenAt, Instant salesCloseAt,
               int perOrderMax, String lifecycle, long version);

    /** Seat kinds of one tier are joined by commas, its areas likewise: unnest cannot take arrays of arrays. */
    @Query("""
            INSERT INTO show_price_tiers (show_id, id, position, name, name_key, seat_kinds, area_ids, price_minor,
                                          conditions)
            SELECT :showId, t.id, t.ordinality - 1, t.name, t.name_key,
                   coalesce(string_to_array(nullif(t.seat_kinds, ''), ','), '{}'),
                   coalesce(CAST(string_to_array(nullif(t.area_ids, ''), ',') AS uuid[]), '{}'),
                   t.price_minor, t.conditions
              FROM unnest(CAST(:ids AS uuid[]), CAST(:names AS text[]), CAST(:nameKeys AS text[]),
                          CAST(:seatKinds AS text[]), CAST(:areaIds AS text[]), CAST(:prices AS bigint[]),
                          CAST(:conditions AS text[]))
                   WITH ORDINALITY AS t(id, name, name_key, seat_kinds, area_ids, price_minor, conditions, ordinality)""")
    int insertTiers(UUID showId, String[] ids, String[] names, String[] nameKeys, String[] seatKinds, String[] areaIds,
                    String[] prices, String[] conditions);

    /** Every show of the event not started by {@code now} and not cancelled, cancelled at once; their ids. */
    @Query("""
            WITH cancelled AS (
                UPDATE shows SET lifecycle = 'CANCELLED', updated_at = now(), version = version + 1
                 WHERE event_id = :eventId AND lifecycle <> 'CANCELLED' AND starts_at > :now
                RETURNING id)
            SELECT id FROM cancelled ORDER BY id""")
    List<UUID> cancelUpcomingOf(UUID eventId, Instant now);

    /** 0 rows when somebody changed the show since it was read at {@code version}. */
    @Query("""
            UPDATE shows SET lifecycle = :lifecycle, updated_at = now(), version = version + 1
             WHERE id = :id AND version = :version""")
    int updateLifecycleAtVersion(UUID id, long version, String lifecycle);

    /** Shares the venue's row lock with other shows being scheduled; a seat-map write waits, and makes them wait. */
    @Query("SELECT id FROM venues WHERE id = :venueId FOR SHARE")
    Optional<UUID> lockVenueForShow(UUID venueId);

    /** The venue's row lock for a change to its map or its deletion: no show is scheduled there meanwhile. */
    @Query("SELECT id FROM venues WHERE id = :venueId FOR UPDATE")
    Optional<UUID> lockVenueForChange(UUID venueId);

    /** Whether a show at the venue that is not cancelled has not started by {@code now}: it may sell every place. */
    @Query("""
            SELECT EXISTS (SELECT 1 FROM shows WHERE venue_id = :venueId AND lifecycle <> 'CANCELLED'
                                                 AND starts_at > :now)""")
    boolean hasFutureShow(UUID venueId, Instant now);

    /** The projections of the venue's screenings that are not cancelled and have not started by {@code now}. */
    @Query("""
            SELECT DISTINCT projection FROM shows
            WHERE venue_id = :venueId AND kind = 'SCREENING' AND lifecycle <> 'CANCELLED' AND starts_at > :now""")
    List<String> projectionsOfScreeningsToCome(UUID venueId, Instant now);

    @Query("SELECT EXISTS (SELECT 1 FROM shows WHERE venue_id = :venueId)")
    boolean hasAnyShow(UUID venueId);
}
