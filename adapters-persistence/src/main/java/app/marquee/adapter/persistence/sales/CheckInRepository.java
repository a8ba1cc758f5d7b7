package app.marquee.adapter.persistence.sales;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The door's reads and its one write on {@code tickets}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface CheckInRepository extends GenericRepository<OrderRow, UUID> {

    @Query(OrderRepository.TICKET_COLUMNS + """
                   , NULL AS starts_at, NULL AS venue_name, NULL AS show_title, acc.display_name AS holder_name
            """ + OrderRepository.TICKET_JOINS + """
              LEFT JOIN accounts acc ON acc.id = t.holder_id
             WHERE t.id = :id""")
    Optional<DoorTicketRow> ticket(UUID id);

    /** 1 for the first entry with a valid ticket; 0 when another door was first or the ticket is void. */
    @Query("""
            UPDATE tickets SET checked_in_at = :now
             WHERE id = :id AND checked_in_at IS NULL AND state = 'VALID'""")
    int recordEntry(UUID id, Instant now);
}
