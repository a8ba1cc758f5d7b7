package app.marquee.application.sales.order.port.out;

import app.marquee.domain.sales.hold.HoldId;

/**
 * A hold being converted no longer claims all of its seats (it lapsed and another buyer took one):
 * thrown by {@link SaveOrderPort#add} so the transaction rolls back, nothing ticketed.
 */
public class SeatClaimsLostException extends RuntimeException {
    public SeatClaimsLostException(HoldId hold) {
        super("hold " + hold + " lost a seat claim", null, false, false);
    }
}
