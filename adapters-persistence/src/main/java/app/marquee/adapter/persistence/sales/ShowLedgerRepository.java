package app.marquee.adapter.persistence.sales;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.UUID;

/**
 * A show's books in one statement, so every figure comes from the same snapshot. The seats a show
 * had are the venue's seats now and any seat a valid ticket names (a past show keeps seats a later
 * redraw removed). Payments and refunds belong to the show through their hold.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ShowLedgerRepository extends GenericRepository<ShowRow, UUID> {

    @Query("""
            WITH valid_tickets AS (SELECT seat_id, area_id, order_id FROM tickets
                                    WHERE show_id = :show AND state = 'VALID'),
                 active_items AS (SELECT i.seat_id, i.area_id, i.quantity, h.expires_at FROM holds h
                                    JOIN hold_items i ON i.hold_id = h.id
                                   WHERE h.show_id = :show AND h.state = 'ACTIVE'),
                 show_payments AS (SELECT p.id, p.amount_minor, p.order_id FROM payments p JOIN holds h ON h.id = p.hold_id
                                    WHERE h.show_id = :show AND p.state = 'CAPTURED'),
                 show_refunds AS (SELECT r.payment_id, r.amount_minor, r.state FROM refunds r
                                    JOIN show_payments p ON p.id = r.payment_id WHERE r.state <> 'FAILED')
            SELECT (SELECT count(*) FROM (SELECT vs.id FROM venue_seats vs JOIN shows s ON s.venue_id = vs.venue_id
                                           WHERE s.id = :show
                                          UNION SELECT seat_id FROM valid_tickets WHERE seat_id IS NOT NULL) seats)
                   + (SELECT coalesce(sum(capacity), 0) FROM show_area_stock WHERE show_id = :show) AS capacity,
                   (SELECT count(*) FROM valid_tickets) AS sold,
                   (SELECT coalesce(sum(quantity), 0) FROM active_items WHERE expires_at > :now) AS held,
                   (SELECT count(*) FROM seat_claims WHERE show_id = :show AND ticket_id IS NOT NULL)
                       AS seat_claims_of_tickets,
                   (SELECT count(*) FROM valid_tickets WHERE seat_id IS NOT NULL) AS valid_seat_tickets,
                   (SELECT count(*) FROM (SELECT seat_id FROM valid_tickets WHERE seat_id IS NOT NULL
                                           GROUP BY seat_id HAVING count(*) > 1) twice) AS seats_sold_twice,
                   (SELECT coalesce(sum(taken), 0) FROM show_area_stock WHERE show_id = :show) AS area_taken,
                   (SELECT count(*) FROM valid_tickets WHERE area_id IS NOT NULL) AS area_ticket_places,
                   (SELECT coalesce(sum(quantity), 0) FROM active_items WHERE area_id IS NOT NULL)
                       AS area_places_of_active_holds,
                   (SELECT count(*) FROM show_area_stock st
                     WHERE st.show_id = :show
                       AND st.taken <> (SELECT count(*) FROM valid_tickets t WHERE t.area_id = st.area_id)
                                     + (SELECT coalesce(sum(quantity), 0) FROM active_items a
                                         WHERE a.area_id = st.area_id)) AS areas_off,
                   (SELECT count(*) FROM show_area_stock st
                     WHERE st.show_id = :show
                       AND st.capacity < (SELECT count(*) FROM valid_tickets t WHERE t.area_id = st.area_id)
                                       + (SELECT coalesce(sum(quantity), 0) FROM active_items a
                                           WHERE a.area_id = st.area_id AND a.expires_at > :now)) AS areas_oversold,
                   (SELECT count(*) FROM orders WHERE show_id = :show AND state = 'PAID') AS paid_orders,
                   (SELECT count(*) FROM orders WHERE show_id = :show AND state = 'CANCELLED') AS cancelled_orders,
                   (SELECT count(*) FROM tickets WHERE show_id = :show) AS tickets_issued,
                   (SELECT count(*) FROM tickets WHERE show_id = :show AND state = 'VOID') AS tickets_void,
                   (SELECT coalesce(sum(i.quantity), 0) FROM orders o JOIN hold_items i ON i.hold_id = o.hold_id
                     WHERE o.show_id = :show AND o.state = 'PAID') AS paid_places,
                   (SELECT count(*) FROM valid_tickets t JOIN orders o ON o.id = t.order_id
                     WHERE o.state = 'CANCELLED') AS valid_tickets_of_cancelled_orders,
                   (SELECT count(*) FROM orders o WHERE o.show_id = :show AND o.total_minor > 0
                       AND NOT EXISTS (SELECT 1 FROM show_payments p
                                        WHERE p.order_id = o.id AND p.amount_minor = o.total_minor))
                       AS orders_without_capture,
                   (SELECT count(*) FROM show_payments p WHERE p.order_id IS NULL
                       AND (SELECT coalesce(sum(r.amount_minor), 0) FROM show_refunds r WHERE r.payment_id = p.id)
                           < p.amount_minor) AS captures_without_order_or_refund,
                   (SELECT coalesce(sum(amount_minor), 0) FROM show_payments) AS captured_minor,
                   (SELECT coalesce(sum(amount_minor), 0) FROM show_refunds WHERE state = 'SUCCEEDED') AS refunded_minor,
                   (SELECT coalesce(sum(amount_minor), 0) FROM show_refunds WHERE state = 'PENDING')
                       AS refunds_pending_minor,
                   (SELECT coalesce(sum(total_minor - coalesce(refund_minor, 0)), 0) FROM orders
                     WHERE show_id = :show) AS kept_minor""")
    LedgerRow ledgerOf(UUID show, Instant now);
}
