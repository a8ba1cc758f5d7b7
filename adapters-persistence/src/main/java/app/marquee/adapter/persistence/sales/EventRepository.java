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

/** Events, written with scalar parameters; an update applies only at the version read. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface EventRepository extends GenericRepository<EventRow, UUID> {

    Optional<EventRow> findById(UUID id);

    @Query("SELECT status, owner_id FROM events WHERE id = :id")
    Optional<EventAccessRow> accessOf(UUID id);

    /**
     * Those ON_SALE, the owner's, or all ({@code everyone}), after the cursor (title key, id), each
     * with its shows tallied at {@code now}, joined in the same statement once the page is cut.
     */
    @Query("""
            SELECT e.id, e.title, e.title_key, e.description, e.category, e.performer, e.owner_id, e.tour_id, e.status,
                   e.created_at, e.updated_at, e.version, t.all_shows, t.not_started, t.with_places_left
              FROM (SELECT * FROM events
                     WHERE (status = 'ON_SALE' OR :everyone OR owner_id = CAST(:ownerId AS uuid))
                       AND (CAST(:afterKey AS text) IS NULL
                            OR (title_key, id) > (CAST(:afterKey AS text) COLLATE "C", CAST(:afterId AS uuid)))
                     ORDER BY title_key, id
                     LIMIT :max) e
             CROSS JOIN LATERAL event_show_tally(e.id, :now) t
             ORDER BY e.title_key, e.id""")
    List<ListedEventRow> list(@Nullable String ownerId, boolean everyone, @Nullable String afterKey,
                              @Nullable String afterId, int max, Instant now);

    /** The events asked that have a show not cancelled, with what those shows say at {@code now}. */
    @Query("""
            SELECT e.id AS event_id, t.all_shows, t.not_started, t.with_places_left
              FROM unnest(CAST(:eventIds AS uuid[])) AS e (id)
             CROSS JOIN LATERAL event_show_tally(e.id, :now) t
             WHERE t.all_shows > 0""")
    List<ShowTallyRow> talliesAt(String[] eventIds, Instant now);

    @Query("""
            SELECT id, title, title_key, description, category, performer, owner_id, tour_id, status, created_at,
                   updated_at, version
              FROM events WHERE tour_id = :tourId ORDER BY title_key, id""")
    List<EventRow> ofTour(UUID tourId);

    @Query("""
            INSERT INTO events (id, title, title_key, description, category, performer, owner_id, tour_id, status,
                                created_at, updated_at, version)
            VALUES (:id, :title, :titleKey, :description, :category, :performer, :ownerId, :tourId, :status,
                    :createdAt, :updatedAt, :version)""")
    int insert(UUID id, String title, String titleKey, String description, String category, @Nullable String performer,
               UUID ownerId, @Nullable UUID tourId, String status, Instant createdAt, Instant updatedAt, long version);

    /** 0 rows when somebody changed the event since it was read at {@code version}. */
    @Query("""
            UPDATE events SET title = :title, title_key = :titleKey, description = :description, category = :category,
                   performer = :performer, tour_id = :tourId, status = :status, updated_at = :updatedAt,
                   version = version + 1
             WHERE id = :id AND version = :version""")
    int updateAtVersion(UUID id, long version, String title, String titleKey, String description, String category,
                        @Nullable String performer, @Nullable UUID tourId, String status, Instant updatedAt);
}
