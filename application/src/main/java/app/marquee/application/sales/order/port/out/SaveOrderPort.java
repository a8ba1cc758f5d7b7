package app.marquee.application.sales.order.port.out;

import app.marquee.domain.sales.hold.HoldId;
import app.marquee.domain.sales.order.Purchase;
import app.marquee.domain.sales.order.TicketNumber;

import java.time.Instant;
import java.util.List;

/**
 * Turns a paid hold into its order, inside the caller's transaction. The database guarantees what
 * {@code Order.fromHold} decided: the hold converts once, only while ACTIVE and unexpired
 * (a conditional UPDATE); each seat's claim passes from the hold to its ticket, and only if the
 * hold still has it; ticket numbers are never given twice.
 */
public interface SaveOrderPort {
    /** {@code count} ticket numbers never drawn before (from one sequence, so unique across shows). */
    List<TicketNumber> drawTicketNumbers(int count);

    /** Marks the hold CONVERTED; false when it is no longer ACTIVE and live at {@code now}. */
    boolean convertHold(HoldId hold, Instant now);

    /**
     * Stores the order and its tickets and hands each seat's claim to its ticket. Throws
     * {@link SeatClaimsLostException} when the hold no longer holds every one of its seats, so that
     * the whole transaction rolls back.
     */
    void add(Purchase purchase);
}
