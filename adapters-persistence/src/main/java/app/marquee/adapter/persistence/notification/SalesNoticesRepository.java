package app.marquee.adapter.persistence.notification;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** What sales messages say of a show, and the organiser's cancellation told to every buyer in one statement. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface SalesNoticesRepository extends GenericRepository<ShowFactsRow, UUID> {
    String SHOW_FACTS = """
            SELECT s.id, COALESCE(e.title, t.name) AS title, v.name AS venue_name, s.starts_at, s.time_zone
              FROM shows s JOIN venues v ON v.id = s.venue_id
                   LEFT JOIN events e ON e.id = s.event_id LEFT JOIN titles t ON t.id = s.title_id""";

    @Query(SHOW_FACTS + " WHERE s.id = :id")
    Optional<ShowFactsRow> showFacts(UUID id);

    /**
     * A SHOW_CANCELLED e-mail, in the buyer's language, for each of these orders (cancelled by the
     * organiser and refunded in full): the data keys the README lists for the kind. {@code isoFormat}
     * writes the start as Java's {@code Instant.toString} does (passed in: its colons would read as parameters).
     */
    @Query("""
            INSERT INTO outbox_messages (id, kind, channel, recipient, language, account_id, data, next_attempt_at,
                                         created_at)
            SELECT gen_random_uuid(), 'SHOW_CANCELLED', 'EMAIL', a.email, a.language, a.id,
                   jsonb_build_object('displayName', a.display_name, 'showTitle', f.title, 'venueName', f.venue_name,
                                      'startsAt', to_char(f.starts_at AT TIME ZONE 'UTC', :isoFormat),
                                      'timeZone', f.time_zone, 'orderId', o.id::text,
                                      'refundAmount', o.refund_minor, 'currency', o.currency),
                   :now, :now
              FROM orders o JOIN accounts a ON a.id = o.buyer_id
                   JOIN (""" + SHOW_FACTS + """
                   ) f ON f.id = o.show_id
             WHERE o.id = ANY (CAST(:orderIds AS uuid[])) AND a.status <> 'ANONYMISED'""")
    int showCancelled(String[] orderIds, String isoFormat, Instant now);
}
