package app.marquee.application.sales.checkin;

import app.marquee.domain.sales.checkin.CheckInResult;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the door is told about one scan: the result, and the ticket with its holder's name when the
 * code names a genuine ticket of this show (never for FORGED, nor for WRONG_SHOW: another show's
 * ticket may be another organiser's), with the time of its first entry when it has one.
 */
public record DoorVerdict(CheckInResult result, Optional<DoorTicket> ticket, Optional<Instant> firstCheckedInAt) {
    public DoorVerdict {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(firstCheckedInAt, "firstCheckedInAt");
    }
}
