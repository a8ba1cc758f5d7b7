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
 * Holds and their items, scalar parameters; ids travel as text arrays. Rows are locked in one
 * order everywhere: holds (by id), then {@link AreaStockRepository stock rows} (by show and
 * area), then {@link SeatClaimRepository seat claims} (by show and seat).
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface HoldRepository extends GenericRepository<HoldRow, UUID> {

    Optional<HoldRow> findById(UUID id);

    @Query("""
            SELECT hold_id, position, seat_id, area_id, tier_id, quantity, unit_price_minor
              FROM hold_items WHERE hold_id = ANY (CAST(:holdIds AS uuid[])) ORDER BY hold_id, position""")
    List<HoldItemRow> itemsOf(String[] holdIds);

    /** The buyer's ACTIVE hold on the show (one at most), locked for the caller's transaction. */
    @Query("""
            SELECT id, show_id, buyer_id, kind, state, currency, promo_code_id, promo_code, discount_minor, created_at,
                   expires_at, ended_at
              FROM holds WHERE show_id = :showId AND buyer_id = :buyerId AND state = 'ACTIVE' FOR UPDATE""")
    Optional<HoldRow> activeOfBuyerLocked(UUID showId, UUID buyerId);

    /** 0 rows when the buyer has an ACTIVE hold on the show already (another request of theirs won). */
    @Query("""
            INSERT INTO holds (id, show_id, buyer_id, kind, state, currency, promo_code_id, promo_code, discount_minor,
                               created_at, expires_at)
            VALUES (:id, :showId, :buyerId, :kind, 'ACTIVE', :currency, CAST(:promoCodeId AS uuid), :promoCode,
                    :discountMinor, :createdAt, :expiresAt)
            ON CONFLICT (show_id, buyer_id) WHERE state = 'ACTIVE' DO NOTHING""")
    int insertActive(UUID id, UUID showId, UUID buyerId, String kind, String currency, @Nullable String promoCodeId,
                     @Nullable String promoCode, long discountMinor, Instant createdAt, Instant expiresAt);

    @Query("""
            INSERT INTO hold_items (hold_id, position, seat_id, area_id, tier_id, quantity, unit_price_minor)
            SELECT :holdId, i.ordinality - 1, i.seat_id, i.area_id, i.tier_id, i.quantity, i.unit_price_minor
              FROM unnest(CAST(:seatIds AS uuid[]), CAST(:areaIds AS uuid[]), CAST(:tierIds AS uuid[]),
                          CAST(:quantities AS integer[]), CAST(:prices AS bigint[]))
                   WITH ORDINALITY AS i(seat_id, area_id, tier_id, quantity, unit_price_minor, ordinality)""")
    int insertItems(UUID holdId, String[] seatIds, String[] areaIds, String[] tierIds, String[] quantities,
                    String[] prices);

    /** Whether the show has an ACTIVE hold whose time is up, as committed now (nothing locked). */
    @Query("""
            SELECT EXISTS (SELECT 1 FROM holds WHERE show_id = :showId AND state = 'ACTIVE' AND expires_at <= :now)""")
    boolean anyDueOfShow(UUID showId, Instant now);

    /** The show's ACTIVE holds whose time is up, locked in id order (waiting for whoever holds one). */
    @Query("""
            SELECT id FROM holds WHERE show_id = :showId AND state = 'ACTIVE' AND expires_at <= :now
             ORDER BY id FOR UPDATE""")
    List<UUID> lockDueOfShow(UUID showId, Instant now);

    /**
     * Up to {@code max} ACTIVE holds of any show whose time is up, the longest due first (read from
     * the partial index on expires_at), skipping those another transaction has locked: never waits.
     */
    @Query("""
            SELECT id FROM holds WHERE state = 'ACTIVE' AND expires_at <= :now
             ORDER BY expires_at LIMIT :max FOR UPDATE SKIP LOCKED""")
    List<UUID> lockDue(Instant now, int max);

    /** Ends these ACTIVE holds (EXPIRED or RELEASED at {@code now}); a hold no longer ACTIVE is left alone. */
    @Query("""
            UPDATE holds SET state = :state, ended_at = :now
             WHERE id = ANY (CAST(:ids AS uuid[])) AND state = 'ACTIVE'""")
    int end(String[] ids, String state, Instant now);

    /** The places these holds keep in each area, by show and area: the order stock rows are locked in. */
    @Query("""
            SELECT h.show_id, i.area_id, sum(i.quantity) AS places
              FROM hold_items i JOIN holds h ON h.id = i.hold_id
             WHERE i.hold_id = ANY (CAST(:holdIds AS uuid[])) AND i.area_id IS NOT NULL
             GROUP BY h.show_id, i.area_id ORDER BY h.show_id, i.area_id""")
    List<AreaPlacesRow> areaPlacesOf(String[] holdIds);
}
