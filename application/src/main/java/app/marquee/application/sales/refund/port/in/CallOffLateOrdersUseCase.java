package app.marquee.application.sales.refund.port.in;

/**
 * Cancels and refunds in full the orders made on a show after it was cancelled. The ticketing
 * transaction reads the show without locking it (a lock on the show's row would serialise a whole
 * sale), so an order whose card was charged while the organiser cancelled can still commit just
 * after the cancellation; this round finds such orders and calls them off like the cancellation
 * did (tickets void, refund PENDING, SHOW_CANCELLED message). The refund dispatcher runs it first.
 */
public interface CallOffLateOrdersUseCase {
    /** @return how many orders were called off */
    int callOff();
}
