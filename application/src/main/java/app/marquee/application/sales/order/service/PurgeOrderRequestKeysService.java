package app.marquee.application.sales.order.service;

import app.marquee.application.sales.order.port.in.PurgeOrderRequestKeysUseCase;
import app.marquee.application.sales.order.port.out.OrderRequestKeysPort;
import app.marquee.domain.sales.order.KeyRetention;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Forgets DONE keys older than the retention; keys still IN_PROGRESS are never purged. */
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
        return keys.purgeDoneBefore(clock.instant().minus(retention.kept()));
    }
}
