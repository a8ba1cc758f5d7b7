package app.marquee.adapter.persistence.sales;

import app.marquee.application.sales.checkin.DoorTicket;
import app.marquee.application.sales.checkin.port.out.CheckInTicketsPort;
import app.marquee.domain.sales.order.TicketId;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Optional;

/**
 * Check-in in PostgreSQL. The first entry is one conditional UPDATE ({@code checked_in_at IS NULL AND
 * state = 'VALID'}): of two doors scanning one ticket at once, the second waits for the first's row
 * lock, then finds {@code checked_in_at} set and changes nothing. Each call is its own transaction.
 */
@Singleton
public class CheckInPersistenceAdapter implements CheckInTicketsPort {
    private final CheckInRepository tickets;

    CheckInPersistenceAdapter(CheckInRepository tickets) {
        this.tickets = tickets;
    }

    @Override
    @Transactional
    public Optional<DoorTicket> ticket(TicketId id) {
        return tickets.ticket(id.value()).map(row -> new DoorTicket(OrderMapper.labelled(row.ticket()),
                row.holderName() == null ? "" : row.holderName()));
    }

    @Override
    @Transactional
    public boolean recordEntry(TicketId id, Instant now) {
        return tickets.recordEntry(id.value(), now) == 1;
    }
}
