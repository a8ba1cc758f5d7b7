package app.marquee.application.sales.refund.port.out;

import app.marquee.domain.sales.show.ShowId;

import java.time.Instant;
import java.util.List;

/**
 * Finds cancelled shows that still have a PAID order: one whose ticketing transaction read the show
 * just before its cancellation committed. {@link CancelShowSalesPort#cancelSales}, asked again,
 * calls those orders off as it did the others.
 */
public interface CancelledShowsStillSellingPort {
    /** At most {@code max} such shows, of those starting after {@code since}, first to start first. */
    List<ShowId> cancelledStillSelling(Instant since, int max);
}
