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
 * Promo codes and their uses: ACTIVE holds carrying the code, and converted holds whose order is
 * PAID (a cancelled order gives its use back). An ACTIVE hold whose time is up still counts until it
 * is lapsed (by the next placement on its show, or the expiry job within its interval): a payment that
 * started before the hold ran out may still convert it, so counting it is what keeps the cap from
 * being passed; a code may look used up for those few seconds, never over-used. Redeeming locks the
 * code's row first.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PromoCodeRepository extends GenericRepository<EventRow, UUID> {

    /** 0 rows when the event already has this text. */
    @Query("""
            INSERT INTO promo_codes (id, event_id, code, percent_off, amount_off_minor, currency, valid_from, valid_until,
                                     usage_cap, per_buyer_cap, created_at)
            VALUES (:id, :eventId, :code, :percentOff, :amountOffMinor, :currency, :validFrom, :validUntil, :usageCap,
                    :perBuyerCap, :createdAt)
            ON CONFLICT (event_id, code) DO NOTHING""")
    int insert(UUID id, UUID eventId, String code, @Nullable Integer percentOff, @Nullable Long amountOffMinor,
               @Nullable String currency, Instant validFrom, Instant validUntil, @Nullable Integer usageCap,
               @Nullable Integer perBuyerCap, Instant createdAt);

    @Query("""
            SELECT p.id, p.event_id, p.code, p.percent_off, p.amount_off_minor, p.currency, p.valid_from, p.valid_until,
                   p.usage_cap, p.per_buyer_cap,
                   (SELECT count(*) FROM holds h LEFT JOIN orders o ON o.hold_id = h.id
                     WHERE h.promo_code_id = p.id
                       AND (h.state = 'ACTIVE' OR h.state = 'CONVERTED' AND o.state = 'PAID')) AS uses,
                   0 AS uses_by_buyer
              FROM promo_codes p WHERE p.event_id = :eventId ORDER BY p.code""")
    List<PromoCodeRow> ofEvent(UUID eventId);

    /** The code's row locked for the caller's transaction: redeeming waits for whoever redeems it now. */
    @Query("SELECT id FROM promo_codes WHERE event_id = :eventId AND code = :code FOR UPDATE")
    Optional<UUID> lock(UUID eventId, String code);

    /** The code with its uses in all and by {@code buyer}, leaving out the hold being replaced. */
    @Query("""
            SELECT p.id, p.event_id, p.code, p.percent_off, p.amount_off_minor, p.currency, p.valid_from, p.valid_until,
                   p.usage_cap, p.per_buyer_cap, count(h.id) AS uses,
                   count(h.id) FILTER (WHERE h.buyer_id = :buyer) AS uses_by_buyer
              FROM promo_codes p
              LEFT JOIN holds h ON h.promo_code_id = p.id AND h.id <> CAST(:replaced AS uuid)
                    AND (h.state = 'ACTIVE'
                         OR h.state = 'CONVERTED' AND EXISTS (SELECT 1 FROM orders o
                                                               WHERE o.hold_id = h.id AND o.state = 'PAID'))
             WHERE p.id = :id
             GROUP BY p.id""")
    PromoCodeRow withUses(UUID id, UUID buyer, String replaced);
}
