package app.marquee.adapter.persistence.sales;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Cancelling orders, one or all of a show's, set-based: each statement takes the orders as an
 * array, whatever their number. Rows are locked in one order: orders, tickets, then the show's
 * stock rows by area, then its seat claims by seat (as holds do: stock before claims).
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface CancellationRepository extends GenericRepository<OrderRow, UUID> {

    /** 1 when the order was PAID: it is CANCELLED now, once (a second cancellation finds 0 rows). */
    @Query("""
            UPDATE orders SET state = 'CANCELLED', cancelled_at = :now, cancelled_by = :by, refund_minor = :refundMinor
             WHERE id = :id AND state = 'PAID'""")
    int cancelOrder(UUID id, String by, long refundMinor, Instant now);

    /** Every PAID order of the show CANCELLED by the organiser with a full refund; their ids. */
    @Query("""
            WITH cancelled AS (
                UPDATE orders SET state = 'CANCELLED', cancelled_at = :now, cancelled_by = 'ORGANISER',
                                  refund_minor = total_minor
                 WHERE show_id = :showId AND state = 'PAID'
                RETURNING id)
            SELECT id FROM cancelled""")
    List<UUID> cancelPaidOrdersOf(UUID showId, Instant now);

    @Query("""
            UPDATE tickets SET state = 'VOID'
             WHERE order_id = ANY (CAST(:orderIds AS uuid[])) AND state = 'VALID'""")
    int voidTicketsOf(String[] orderIds);

    /** Locks the show's stock rows, in area order, before any is changed. */
    @Query("SELECT area_id FROM show_area_stock WHERE show_id = :showId ORDER BY area_id FOR UPDATE")
    List<UUID> lockStockOf(UUID showId);

    /** Gives back, once, the area places of these orders' tickets. */
    @Query("""
            UPDATE show_area_stock s SET taken = s.taken - g.places
              FROM (SELECT area_id, count(*) AS places FROM tickets
                     WHERE order_id = ANY (CAST(:orderIds AS uuid[])) AND area_id IS NOT NULL
                     GROUP BY area_id) g
             WHERE s.show_id = :showId AND s.area_id = g.area_id""")
    int giveBackAreaPlaces(UUID showId, String[] orderIds);

    /** Locks, in seat order, the claims these orders' tickets have. */
    @Query("""
            SELECT c.seat_id FROM seat_claims c JOIN tickets t ON t.id = c.ticket_id
             WHERE c.show_id = :showId AND t.order_id = ANY (CAST(:orderIds AS uuid[]))
             ORDER BY c.seat_id FOR UPDATE OF c""")
    List<UUID> lockSeatClaimsOf(UUID showId, String[] orderIds);

    /** Locks, in seat order, every claim of the show (holds' and tickets'). */
    @Query("SELECT seat_id FROM seat_claims WHERE show_id = :showId ORDER BY seat_id FOR UPDATE")
    List<UUID> lockSeatClaimsOfShow(UUID showId);

    /** Frees the seats these orders' tickets had: on sale again at once. */
    @Query("""
            DELETE FROM seat_claims c USING tickets t
             WHERE c.show_id = :showId AND c.ticket_id = t.id AND t.order_id = ANY (CAST(:orderIds AS uuid[]))""")
    int freeSeatsOf(UUID showId, String[] orderIds);

    /** The show's ACTIVE holds, locked in id order (waiting for a purchase converting one to finish). */
    @Query("SELECT id FROM holds WHERE show_id = :showId AND state = 'ACTIVE' ORDER BY id FOR UPDATE")
    List<UUID> lockActiveHoldsOf(UUID showId);

    /**
     * A PENDING refund of what is left of each captured payment of these orders, each under a key
     * derived from its own new id; orders paid with no money have no payment, and no refund.
     */
    @Query("""
            INSERT INTO refunds (id, payment_id, order_id, idempotency_key, amount_minor, reason, state, created_at,
                                 updated_at, next_try_at)
            SELECT r.id, r.payment_id, r.order_id, :keyPrefix || r.id, r.amount_minor, :reason, 'PENDING', :now, :now,
                   :now
              FROM (SELECT gen_random_uuid() AS id, p.id AS payment_id, p.order_id,
                           p.amount_minor - p.refunded_minor AS amount_minor
                      FROM payments p
                     WHERE p.order_id = ANY (CAST(:orderIds AS uuid[])) AND p.state = 'CAPTURED'
                       AND p.amount_minor > p.refunded_minor) r""")
    int refundInFull(String[] orderIds, String keyPrefix, String reason, Instant now);

    /** Cancelled shows starting after {@code since} with an order still PAID (partial indexes on both sides). */
    @Query("""
            SELECT s.id FROM shows s
             WHERE s.lifecycle = 'CANCELLED' AND s.starts_at > :since
               AND EXISTS (SELECT 1 FROM orders o WHERE o.show_id = s.id AND o.state = 'PAID')
             ORDER BY s.starts_at, s.id LIMIT :max""")
    List<UUID> cancelledShowsWithPaidOrders(Instant since, int max);
}
