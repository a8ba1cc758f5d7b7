package app.marquee.application.sales.order;

import app.marquee.domain.sales.order.TicketCode;

import java.util.Objects;

/** One of the caller's tickets, with its show and its signed code. */
public record MyTicketView(HeldTicket held, TicketCode code) {
    public MyTicketView {
        Objects.requireNonNull(held, "held");
        Objects.requireNonNull(code, "code");
    }
}
