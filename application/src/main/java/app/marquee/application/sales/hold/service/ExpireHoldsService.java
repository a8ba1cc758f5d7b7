package app.marquee.application.sales.hold.service;

import app.marquee.application.sales.hold.port.in.ExpireHoldsUseCase;
import app.marquee.application.sales.hold.port.out.ExpireHoldsPort;
import app.marquee.application.sales.hold.port.out.HoldRaceLostException;
import jakarta.inject.Singleton;

import java.time.Clock;

/** One batch of due holds, in the store's transaction; a deadlock leaves the batch to the next run. */
@Singleton
public class ExpireHoldsService implements ExpireHoldsUseCase {
    private final ExpireHoldsPort expiry;
    private final Clock clock;

    public ExpireHoldsService(ExpireHoldsPort expiry, Clock clock) {
        this.expiry = expiry;
        this.clock = clock;
    }

    @Override
    public int expireNextBatch() {
        try {
            return expiry.expireDue(clock.instant(), BATCH);
        } catch (HoldRaceLostException contention) {
            return 0;
        }
    }
}
