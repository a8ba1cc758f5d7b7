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
 * Orders and tickets, scalar parameters; tickets travel as arrays, one {@code unnest} statement
 * whatever their number. Rows are locked in the holds' order: the hold, then its seat claims by seat.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface OrderRepository extends GenericRepository<OrderRow, UUID> {
    String ORDER_COLUMNS = """
            SELECT o.id, o.show_id, o.buyer_id, o.hold_id, o.currency, o.total_minor, o.state, o.placed_at,
                   o.cancelled_at, o.cancelled_by, o.refund_minor, h.promo_code_id, h.promo_code, h.discount_minor
              FROM orders o JOIN holds h ON h.id = o.hold_id
            """;
    String TICKET_COLUMNS = """
            SELECT t.id, t.show_id, t.order_id, t.number, t.holder_id, t.seat_id, t.area_id, t.tier_id, t.price_minor,
                   o.currency, t.state, t.checked_in_at, s.label AS seat_label, a.name AS area_name,
                   p.name AS tier_name
            """;
    String TICKET_JOINS = """
              FROM tickets t JOIN orders o ON o.id = t.order_id
              LEFT JOIN venue_seats s ON s.id = t.seat_id
              LEFT JOIN venue_areas a ON a.id = t.area_id
              LEFT JOIN show_price_tiers p ON p.show_id = t.show_id AND p.id = t.tier_id
            """;

    @Query("SELECT nextval('ticket_numbers') FROM generate_series(1, :count)")
    List<Long> drawTicketNumbers(int count);

    /** 1 when the hold was ACTIVE and live at {@code now}: it is CONVERTED, once. */
    @Query("""
            UPDATE holds SET state = 'CONVERTED', ended_at = :now
             WHERE id = :holdId AND state = 'ACTIVE' AND expires_at > :now""")
    int convertHold(UUID holdId, Instant now);

    @Query("""
            INSERT INTO orders (id, show_id, buyer_id, hold_id, currency, total_minor, state, placed_at)
            VALUES (:id, :showId, :buyerId, :holdId, :currency, :totalMinor, 'PAID', :placedAt)""")
    int insert(UUID id, UUID showId, UUID buyerId, UUID holdId, String currency, long totalMinor, Instant placedAt);

    @Query("""
            INSERT INTO tickets (id, show_id, order_id, number, holder_id, seat_id, area_id, tier_id, price_minor, state)
            SELECT t.id, :showId, :orderId, t.number, :holderId, t.seat_id, t.area_id, t.tier_id, t.price_minor, 'VALID'
              FROM unnest(CAST(:ids AS uuid[]), CAST(:numbers AS bigint[]), CAST(:seatIds AS uuid[]),
                          CAST(:areaIds AS uuid[]), CAST(:tierIds AS uuid[]), CAST(:prices AS bigint[]))
                   AS t(id, number, seat_id, area_id, tier_id, price_minor)""")
    int insertTickets(UUID showId, UUID orderId, UUID holderId, String[] ids, String[] numbers, String[] seatIds,
                      String[] areaIds, String[] tierIds, String[] prices);

    /** Locks, in seat order, the claims the hold still has of these seats. */
    @Query("""
            SELECT seat_id FROM seat_claims
             WHERE show_id = :showId AND seat_id = ANY (CAST(:seatIds AS uuid[])) AND hold_id = :holdId
             ORDER BY seat_id FOR UPDATE""")
    List<UUID> lockClaims(UUID showId, UUID holdId, String[] seatIds);

    /**
     * Hands the hold's claim of each seat to its ticket (no longer expiring); returns how many
     * passed: fewer than the seats means the hold lost some.
     */
    @Query("""
            UPDATE seat_claims c SET ticket_id = t.ticket_id, expires_at = NULL
              FROM unnest(CAST(:seatIds AS uuid[]), CAST(:ticketIds AS uuid[])) AS t(seat_id, ticket_id)
             WHERE c.show_id = :showId AND c.seat_id = t.seat_id AND c.hold_id = :holdId AND c.ticket_id IS NULL""")
    int ticketSeats(UUID showId, UUID holdId, String[] seatIds, String[] ticketIds);

    @Query(ORDER_COLUMNS + " WHERE o.id = ANY (CAST(:ids AS uuid[]))")
    List<OrderRow> byIds(String[] ids);

    @Query(ORDER_COLUMNS + """
             WHERE o.buyer_id = :buyerId
               AND (CAST(:afterAt AS timestamptz) IS NULL
                    OR (o.placed_at, o.id) < (CAST(:afterAt AS timestamptz), CAST(:afterId AS uuid)))
             ORDER BY o.placed_at DESC, o.id DESC LIMIT :max""")
    List<OrderRow> ofBuyer(UUID buyerId, @Nullable String afterAt, @Nullable String afterId, int max);

    @Query(TICKET_COLUMNS + ", NULL AS starts_at, NULL AS venue_name, NULL AS show_title " + TICKET_JOINS + """
             WHERE t.order_id = ANY (CAST(:orderIds AS uuid[])) ORDER BY t.order_id, t.number""")
    List<TicketRow> ticketsOf(String[] orderIds);

    @Query(TICKET_COLUMNS + """
                   , sh.starts_at, v.name AS venue_name, coalesce(e.title, ti.name) AS show_title
            """ + TICKET_JOINS + """
              JOIN shows sh ON sh.id = t.show_id
              JOIN venues v ON v.id = sh.venue_id
              LEFT JOIN events e ON e.id = sh.event_id
              LEFT JOIN titles ti ON ti.id = sh.title_id
             WHERE t.holder_id = :holderId
               AND (CAST(:afterStarts AS timestamptz) IS NULL
                    OR (sh.starts_at, t.number) < (CAST(:afterStarts AS timestamptz), CAST(:afterNumber AS bigint)))
             ORDER BY sh.starts_at DESC, t.number DESC LIMIT :max""")
    List<TicketRow> ofHolder(UUID holderId, @Nullable String afterStarts, @Nullable String afterNumber, int max);
}
