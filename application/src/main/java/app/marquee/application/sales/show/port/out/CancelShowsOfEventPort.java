package app.marquee.application.sales.show.port.out;

import app.marquee.domain.sales.event.EventId;

import java.time.Instant;

/**
 * Cancels, in the caller's transaction and whatever their version, every show of an event that
 * has not started by {@code now} and is not cancelled yet: an event called off sells nothing more.
 * A writer changing one of those shows at the same moment waits, then finds it cancelled. What
 * each of those shows sold is called off with it, as {@code CancelShowSalesPort} does for one show
 * (holds released, paid orders cancelled and refunded in full).
 *
 * @return how many shows were cancelled
 */
public interface CancelShowsOfEventPort {
    int cancelUpcoming(EventId event, Instant now);
}
