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

/** Waiting lines and their entries, scalar parameters. A line's row is locked before any hold's. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface WaitingListRepository extends GenericRepository<WaitingEntryRow, UUID> {
    String ENTRY_COLUMNS = "SELECT entrant_id, tier_id, places, joined_at, state, offer_expires_at, hold_id ";

    /** A line for the show if it has none yet (nothing for a show that does not exist). */
    @Query("""
            INSERT INTO waiting_lines (show_id, created_at)
            SELECT s.id, :now FROM shows s WHERE s.id = :showId
            ON CONFLICT (show_id) DO NOTHING""")
    int open(UUID showId, Instant now);

    @Query("SELECT show_id FROM waiting_lines WHERE show_id = :showId FOR UPDATE")
    Optional<UUID> lock(UUID showId);

    @Query("SELECT show_id FROM waiting_lines WHERE show_id = :showId FOR UPDATE SKIP LOCKED")
    Optional<UUID> lockUnlessBusy(UUID showId);

    @Query(ENTRY_COLUMNS + """
             FROM waiting_entries WHERE show_id = :showId AND state IN ('WAITING', 'OFFERED') ORDER BY line_number""")
    List<WaitingEntryRow> openEntries(UUID showId);

    @Query(ENTRY_COLUMNS + """
             FROM waiting_entries WHERE show_id = :showId AND entrant_id = :entrantId
             ORDER BY line_number DESC LIMIT 1""")
    Optional<WaitingEntryRow> latestOf(UUID showId, UUID entrantId);

    /** 0 rows when the entrant has an open entry on the show already. */
    @Query("""
            INSERT INTO waiting_entries (id, show_id, entrant_id, tier_id, places, joined_at, state)
            VALUES (:id, :showId, :entrantId, :tierId, :places, :joinedAt, 'WAITING')
            ON CONFLICT (show_id, entrant_id) WHERE state IN ('WAITING', 'OFFERED') DO NOTHING""")
    int add(UUID id, UUID showId, UUID entrantId, UUID tierId, int places, Instant joinedAt);

    @Query("""
            UPDATE waiting_entries SET state = :state, offer_expires_at = CAST(:offerExpiresAt AS timestamptz),
                   hold_id = coalesce(CAST(:holdId AS uuid), hold_id),
                   ended_at = CASE WHEN :state IN ('WAITING', 'OFFERED') THEN NULL ELSE CAST(:now AS timestamptz) END
             WHERE show_id = :showId AND entrant_id = :entrantId AND state IN ('WAITING', 'OFFERED')""")
    int update(UUID showId, UUID entrantId, String state, @Nullable String offerExpiresAt, @Nullable String holdId,
               Instant now);

    @Query("""
            SELECT e.entrant_id FROM waiting_entries e JOIN holds h
                ON h.show_id = e.show_id AND h.buyer_id = e.entrant_id AND h.state = 'ACTIVE' AND h.expires_at > :now
             WHERE e.show_id = :showId AND e.state IN ('WAITING', 'OFFERED')""")
    List<UUID> entrantsHolding(UUID showId, Instant now);

    @Query("""
            SELECT DISTINCT e.show_id FROM waiting_entries e JOIN shows s ON s.id = e.show_id
             WHERE e.state IN ('WAITING', 'OFFERED') AND s.ends_at > :now LIMIT :max""")
    List<UUID> linesToServe(Instant now, int max);

    @Query("""
            SELECT tier_id, sum(places) AS places FROM waiting_entries
             WHERE show_id = :showId AND state = 'WAITING' AND entrant_id <> :buyerId GROUP BY tier_id""")
    List<TierWishRow> wishesBesides(UUID showId, UUID buyerId);

    @Query("""
            UPDATE waiting_entries SET state = 'SERVED', offer_expires_at = NULL, ended_at = :now
             WHERE hold_id = :holdId AND state = 'OFFERED'""")
    int served(UUID holdId, Instant now);
}
