package app.marquee.domain.sales.checkin;

import app.marquee.domain.sales.order.Ticket;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to one scan: the result, the ticket when the code was genuine (so the door can see
 * its seat), and for ALREADY_USED (and VALID) the time of the first entry.
 */
public record CheckInVerdict(CheckInResult result, Optional<Ticket> ticket, Optional<Instant> firstCheckedInAt) {
    public CheckInVerdict {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(firstCheckedInAt, "first check-in");
        if (result == CheckInResult.FORGED && ticket.isPresent()) {
            throw new IllegalArgumentException("a forged code names no ticket");
        }
    }

    static CheckInVerdict forged() {
        return new CheckInVerdict(CheckInResult.FORGED, Optional.empty(), Optional.empty());
    }

    static CheckInVerdict of(CheckInResult result, Ticket ticket) {
        return new CheckInVerdict(result, Optional.of(ticket), ticket.checkedInAt());
    }

    public boolean letsIn() {
        return result == CheckInResult.VALID;
    }
}
