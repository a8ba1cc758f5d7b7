package app.marquee.application.sales.order;

import java.time.Instant;
import java.util.Objects;

/** A ticket of a buyer with what its show is: when it starts, where, and the event's or the film's title. */
public record HeldTicket(LabelledTicket labelled, Instant showStartsAt, String venueName, String showTitle) {
    public HeldTicket {
        Objects.requireNonNull(labelled, "labelled");
        Objects.requireNonNull(showStartsAt, "showStartsAt");
        Objects.requireNonNull(venueName, "venueName");
        Objects.requireNonNull(showTitle, "showTitle");
    }
}
