package app.marquee.application.sales.refund.port.out;

import app.marquee.domain.sales.order.Order;
import app.marquee.domain.sales.order.Ticket;

import java.time.Instant;
import java.util.List;

/**
 * Stores a cancellation the domain decided ({@code OrderCancellation}), in the caller's
 * transaction, and gives the places back: the order is CANCELLED only if still PAID (a conditional
 * UPDATE, so of two cancellations racing one wins), its tickets go VOID, its seats' claims are
 * deleted and its area places given back, each exactly once.
 */
public interface CancelOrderPort {
    /** False when the order was no longer PAID: someone else cancelled it first, and nothing was written. */
    boolean cancel(Order cancelled, List<Ticket> itsTickets, Instant now);
}
