package app.marquee.application.sales.order;

import app.marquee.domain.sales.order.TicketCode;

import java.util.Objects;

/** A ticket as its holder sees it, with its signed code (the QR code's text). */
public record TicketView(LabelledTicket labelled, TicketCode code) {
    public TicketView {
        Objects.requireNonNull(labelled, "labelled");
        Objects.requireNonNull(code, "code");
    }
}
