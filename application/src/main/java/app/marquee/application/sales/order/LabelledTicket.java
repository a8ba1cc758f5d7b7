package app.marquee.application.sales.order;

import app.marquee.domain.sales.order.Ticket;

import java.util.Objects;
import java.util.Optional;

/** A ticket with the names a buyer reads: its seat's label or its area's name, and its tier's name. */
public record LabelledTicket(Ticket ticket, Optional<String> seatLabel, Optional<String> areaName, String tierName) {
    public LabelledTicket {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(seatLabel, "seatLabel");
        Objects.requireNonNull(areaName, "areaName");
        Objects.requireNonNull(tierName, "tierName");
    }
}
