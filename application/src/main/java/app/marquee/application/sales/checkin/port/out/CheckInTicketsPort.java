package app.marquee.application.sales.checkin.port.out;

import app.marquee.application.sales.checkin.DoorTicket;
import app.marquee.domain.sales.order.TicketId;

import java.time.Instant;
import java.util.Optional;

/** The tickets as the door needs them, and the one write a check-in makes. */
public interface CheckInTicketsPort {
    /** A ticket with its labels and its holder's display name, as committed now. */
    Optional<DoorTicket> ticket(TicketId id);

    /**
     * Records the first entry with the ticket, atomically: {@code UPDATE tickets SET checked_in_at = now
     * WHERE id = ? AND checked_in_at IS NULL AND state = 'VALID'}. False when another door was first
     * (or the ticket was voided meanwhile): the caller reads it again and tells the door why.
     */
    boolean recordEntry(TicketId id, Instant now);
}
