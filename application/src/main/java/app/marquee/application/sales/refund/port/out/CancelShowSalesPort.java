package app.marquee.application.sales.refund.port.out;

import app.marquee.domain.sales.show.ShowId;

import java.time.Instant;

/**
 * Calls off everything a cancelled show sold, in the caller's transaction (the show's own
 * cancellation), with a handful of set-based statements whatever the number of orders: its live
 * holds are released, and every PAID order is CANCELLED by the ORGANISER with a full refund
 * ({@code RefundPolicy.showCancelled}), its tickets VOID, its places given back, and a refund of
 * what is left of its captured payment recorded PENDING (SHOW_CANCELLED) for the refund dispatcher.
 * Orders of a total of zero get no refund row. Each cancelled order's buyer is told by a
 * SHOW_CANCELLED e-mail appended to the outbox by one more statement. Asked again, it finds nothing
 * left to cancel.
 *
 * @return how many orders were cancelled
 */
public interface CancelShowSalesPort {
    int cancelSales(ShowId show, Instant now);
}
