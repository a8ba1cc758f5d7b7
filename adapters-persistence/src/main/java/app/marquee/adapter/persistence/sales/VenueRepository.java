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
 * Venues and their seat maps. Scalar parameters on purpose; a map's seats travel as arrays and are
 * written with one {@code unnest} statement, whatever their number.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface VenueRepository extends GenericRepository<VenueRow, UUID> {

    Optional<VenueRow> findById(UUID id);

    @Query("SELECT name FROM venue_sections WHERE venue_id = :venueId ORDER BY position")
    List<String> sectionsOf(UUID venueId);

    @Query("""
            SELECT id, section, row_label, row_index, number, position, kind
              FROM venue_seats WHERE venue_id = :venueId ORDER BY section, row_index, position""")
    List<SeatRow> seatsOf(UUID venueId);

    @Query("SELECT id, name, capacity FROM venue_areas WHERE venue_id = :venueId ORDER BY position")
    List<AreaRow> areasOf(UUID venueId);

    @Query("""
            SELECT v.id, v.name, v.address_lines, v.city, v.postal_code, v.country, v.time_zone, v.kind, v.equipment,
                   (SELECT count(*) FROM venue_seats s WHERE s.venue_id = v.id) AS seat_count,
                   (SELECT count(*) FROM venue_areas a WHERE a.venue_id = v.id) AS area_count,
                   (SELECT coalesce(sum(a.capacity), 0) FROM venue_areas a WHERE a.venue_id = v.id) AS area_capacity,
                   v.updated_at, v.version
              FROM venues v
             WHERE CAST(:afterKey AS text) IS NULL
                OR (v.name_key, v.id) > (CAST(:afterKey AS text) COLLATE "C", CAST(:afterId AS uuid))
             ORDER BY v.name_key, v.id
             LIMIT :max""")
    List<VenueSummaryRow> list(@Nullable String afterKey, @Nullable String afterId, int max);

    @Query("""
            INSERT INTO venues (id, name, name_key, address_lines, city, postal_code, country, time_zone, kind,
                                equipment, created_at, updated_at, version)
            VALUES (:id, :name, :nameKey, CAST(:addressLines AS text[]), :city, :postalCode, :country, :timeZone,
                    :kind, CAST(:equipment AS text[]), :createdAt, :updatedAt, :version)""")
    int insert(UUID id, String name, String nameKey, String[] addressLines, String city, String postalCode,
               String country, String timeZone, String kind, String[] equipment, Instant createdAt,
               Instant updatedAt, long version);

    /** Writes the details only if nobody changed the venue since it was read at {@code version}; 0 rows otherwise. */
    @Query("""
            UPDATE venues SET name = :name, name_key = :nameKey, address_lines = CAST(:addressLines AS text[]),
                   city = :city, postal_code = :postalCode, country = :country, time_zone = :timeZone, kind = :kind,
                   equipment = CAST(:equipment AS text[]), updated_at = :updatedAt, version = version + 1
             WHERE id = :id AND version = :version""")
    int updateAtVersion(UUID id, long version, String name, String nameKey, String[] addressLines, String city,
                        String postalCode, String country, String timeZone, String kind, String[] equipment,
                        Instant updatedAt);

    /**
     * Moves the version on if it is still {@code version}, taking the venue's row lock for the rest
     * of the transaction: the seat map that follows is written by one writer at a time, and a
     * second writer at the same version finds 0 rows once the first commits.
     */
    @Query("UPDATE venues SET updated_at = :updatedAt, version = version + 1 WHERE id = :id AND version = :version")
    int touchAtVersion(UUID id, long version, Instant updatedAt);

    @Query("DELETE FROM venue_sections WHERE venue_id = :venueId")
    int deleteSections(UUID venueId);

    @Query("""
            INSERT INTO venue_sections (venue_id, position, name, name_key)
            SELECT :venueId, s.ordinality - 1, s.name, s.name_key
              FROM unnest(CAST(:names AS text[]), CAST(:nameKeys AS text[])) WITH ORDINALITY AS s(name, name_key, ordinality)""")
    int insertSections(UUID venueId, String[] names, String[] nameKeys);

    @Query("DELETE FROM venue_seats WHERE venue_id = :venueId AND id <> ALL (CAST(:keptIds AS uuid[]))")
    int deleteSeatsOtherThan(UUID venueId, String[] keptIds);

    /** Inserts new seats and rewrites kept ones (their kind or place may have changed) in one statement. */
    @Query("""
            INSERT INTO venue_seats (id, venue_id, section, row_label, row_index, number, position, kind, label)
            SELECT s.id, :venueId, s.section, s.row_label, s.row_index, s.number, s.position, s.kind,
                   s.section || ' ' || s.row_label || '-' || s.number
              FROM unnest(CAST(:ids AS uuid[]), CAST(:sections AS text[]), CAST(:rowLabels AS text[]),
                          CAST(:rowIndexes AS int[]), CAST(:numbers AS int[]), CAST(:positions AS int[]),
                          CAST(:kinds AS text[]))
                   AS s(id, section, row_label, row_index, number, position, kind)
            ON CONFLICT (id) DO UPDATE SET row_index = EXCLUDED.row_index, position = EXCLUDED.position,
                                           kind = EXCLUDED.kind
             WHERE venue_seats.venue_id = EXCLUDED.venue_id""")
    int upsertSeats(UUID venueId, String[] ids, String[] sections, String[] rowLabels, String[] rowIndexes,
                    String[] numbers, String[] positions, String[] kinds);

    @Query("DELETE FROM venue_areas WHERE venue_id = :venueId AND id <> ALL (CAST(:keptIds AS uuid[]))")
    int deleteAreasOtherThan(UUID venueId, String[] keptIds);

    @Query("""
            INSERT INTO venue_areas (id, venue_id, position, name, name_key, capacity)
            SELECT a.id, :venueId, a.ordinality - 1, a.name, a.name_key, a.capacity
              FROM unnest(CAST(:ids AS uuid[]), CAST(:names AS text[]), CAST(:nameKeys AS text[]),
                          CAST(:capacities AS int[]))
                   WITH ORDINALITY AS a(id, name, name_key, capacity, ordinality)
            ON CONFLICT (id) DO UPDATE SET position = EXCLUDED.position, capacity = EXCLUDED.capacity
             WHERE venue_areas.venue_id = EXCLUDED.venue_id""")
    int upsertAreas(UUID venueId, String[] ids, String[] names, String[] nameKeys, String[] capacities);

    /** Its sections, seats and areas go with it (ON DELETE CASCADE). */
    @Query("DELETE FROM venues WHERE id = :id")
    int delete(UUID id);
}
