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
 * {@code seat_claims}: one row per seat of a show that a hold (until {@code expires_at}) or a valid
 * ticket has. A row whose hold has lapsed is free to take over.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface SeatClaimRepository extends GenericRepository<HoldRow, UUID> {

    /** Locks, in seat order, the rows these seats have and those of the hold {@code replaced}. */
    @Query("""
            SELECT seat_id FROM seat_claims
             WHERE show_id = :showId AND (seat_id = ANY (CAST(:seatIds AS uuid[])) OR hold_id = CAST(:replaced AS uuid))
             ORDER BY seat_id FOR UPDATE""")
    List<UUID> lock(UUID showId, String[] seatIds, @Nullable String replaced);

    /**
     * Claims the seats for the hold, in seat order: a free seat, one whose hold has lapsed, or one
     * of the hold it replaces. Returns how many were claimed: fewer than asked means some are taken.
     */
    @Query("""
            INSERT INTO seat_claims (show_id, seat_id, hold_id, expires_at)
            SELECT :showId, s.seat_id, :holdId, :expiresAt FROM unnest(CAST(:seatIds AS uuid[])) AS s(seat_id)
             ORDER BY s.seat_id
            ON CONFLICT (show_id, seat_id) DO UPDATE SET hold_id = EXCLUDED.hold_id, expires_at = EXCLUDED.expires_at
             WHERE seat_claims.ticket_id IS NULL
               AND (seat_claims.expires_at <= :now OR seat_claims.hold_id = CAST(:replaced AS uuid))""")
    int claim(UUID showId, UUID holdId, String[] seatIds, Instant expiresAt, @Nullable String replaced, Instant now);

    /** Of these seats, those another hold or a ticket has. */
    @Query("""
            SELECT seat_id FROM seat_claims
             WHERE show_id = :showId AND seat_id = ANY (CAST(:seatIds AS uuid[])) AND hold_id <> :holdId
             ORDER BY seat_id""")
    List<UUID> claimedByOthers(UUID showId, String[] seatIds, UUID holdId);

    /** Frees the seats these holds still claim (never a ticket's), locking them in seat order first. */
    @Query("""
            DELETE FROM seat_claims WHERE (show_id, seat_id) IN (
                SELECT show_id, seat_id FROM seat_claims
                 WHERE hold_id = ANY (CAST(:holdIds AS uuid[])) AND ticket_id IS NULL
                 ORDER BY show_id, seat_id FOR UPDATE)""")
    int freeSeatsOf(String[] holdIds);

    /** The show's seats a live hold or a valid ticket has now, but the hold {@code leftOut}'s. */
    @Query("""
            SELECT seat_id, ticket_id IS NOT NULL AS sold FROM seat_claims
             WHERE show_id = :showId AND (ticket_id IS NOT NULL OR expires_at > :now)
               AND (CAST(:leftOut AS uuid) IS NULL OR hold_id <> CAST(:leftOut AS uuid))""")
    List<SeatClaimRow> takenAt(UUID showId, @Nullable String leftOut, Instant now);

    /** Of these seats, those a live hold or a valid ticket has now, but the hold {@code leftOut}'s (by primary key). */
    @Query("""
            SELECT seat_id, ticket_id IS NOT NULL AS sold FROM seat_claims
             WHERE show_id = :showId AND seat_id = ANY (CAST(:seatIds AS uuid[]))
               AND (ticket_id IS NOT NULL OR expires_at > :now)
               AND (CAST(:leftOut AS uuid) IS NULL OR hold_id <> CAST(:leftOut AS uuid))""")
    List<SeatClaimRow> takenOf(UUID showId, String[] seatIds, @Nullable String leftOut, Instant now);
}
