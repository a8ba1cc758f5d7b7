package app.marquee.application.sales.refund.service;

import app.marquee.application.sales.refund.port.in.CallOffLateOrdersUseCase;
import app.marquee.application.sales.refund.port.out.CancelShowSalesPort;
import app.marquee.application.sales.refund.port.out.CancelledShowsStillSellingPort;
import app.marquee.domain.sales.show.ShowId;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Looks at the shows cancelled that start within {@link #LOOK_BACK} of now or later (an order is
 * only made before its show starts) and cancels each one's late orders in a transaction of its own.
 */
@Singleton
public class CallOffLateOrdersService implements CallOffLateOrdersUseCase {
    static final Duration LOOK_BACK = Duration.ofDays(1);
    static final int SHOWS_PER_ROUND = 20;
    private final CancelledShowsStillSellingPort stillSelling;
    private final CancelShowSalesPort sales;
    private final Clock clock;

    public CallOffLateOrdersService(CancelledShowsStillSellingPort stillSelling, CancelShowSalesPort sales,
                                    Clock clock) {
        this.stillSelling = stillSelling;
        this.sales = sales;
        this.clock = clock;
    }

    @Override
    public int callOff() {
        Instant now = clock.instant();
        int calledOff = 0;
        for (ShowId show : stillSelling.cancelledStillSelling(now.minus(LOOK_BACK), SHOWS_PER_ROUND)) {
            calledOff += sales.cancelSales(show, now);
        }
        return calledOff;
    }
}
