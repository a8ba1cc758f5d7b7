package app.marquee.application.sales.order.service;

import app.marquee.application.sales.order.port.in.PurgeOrderRequestKeysUseCase;
import app.marquee.application.sales.order.port.out.OrderRequestKeysPort;
import app.marquee.domain.sales.order.KeyRetention;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;

/**
 * Forgets keys older than the retention: DONE ones, and abandoned ones (IN_PROGRESS and silent that
 * long, which no running request is).
 */
@Singleton
public class PurgeOrderRequestKeysService implements PurgeOrderRequestKeysUseCase {
    private final OrderRequestKeysPort keys;
    private final KeyRetention retention;
    private final Clock clock;

    public PurgeOrderRequestKeysService(OrderRequestKeysPort keys, KeyRetention retention, Clock clock) {
        this.keys = keys;
        this.retention = retention;
        this.clock = clock;
    }

    @Override
    public int purge() {
        Instant before = clock.instant().minus(retention.kept());
        return keys.purgeDoneBefore(before) + keys.purgeAbandonedBefore(before);
    }
}
