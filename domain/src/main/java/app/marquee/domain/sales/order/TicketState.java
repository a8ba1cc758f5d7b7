package app.marquee.domain.sales.order;

/** VALID until its order is cancelled (by the buyer or because the show was), then VOID for good. */
public enum TicketState {
    VALID,
    VOID
}
