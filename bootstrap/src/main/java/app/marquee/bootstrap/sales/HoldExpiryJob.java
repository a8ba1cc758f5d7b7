package app.marquee.bootstrap.sales;

import app.marquee.application.sales.hold.port.in.ExpireHoldsUseCase;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * Marks holds whose time is up EXPIRED and frees their places, every {@code MARQUEE_HOLD_EXPIRY_INTERVAL}
 * (30 seconds by default), batch after batch until none is left or the round has run for
 * {@value #ROUND_SECONDS} seconds. Buyers do not depend on it: an expired hold blocks no one, and
 * placing a hold lapses the show's due holds itself. Several instances may run it side by side
 * (each batch skips the holds another is lapsing).
 */
@Singleton
public class HoldExpiryJob {
    private static final Logger LOG = LoggerFactory.getLogger(HoldExpiryJob.class);
    private static final int ROUND_SECONDS = 20;
    private final ExpireHoldsUseCase expire;

    public HoldExpiryJob(ExpireHoldsUseCase expire) {
        this.expire = expire;
    }

    @Scheduled(fixedDelay = "${marquee.jobs.hold-expiry-interval:30s}", initialDelay = "10s")
    public void run() {
        long deadline = System.nanoTime() + Duration.ofSeconds(ROUND_SECONDS).toNanos();
        int expired = 0;
        int batch;
        do {
            try {
                batch = expire.expireNextBatch();
            } catch (RuntimeException e) {
                LOG.warn("Hold expiry stopped after {} holds: {}", expired, e.toString());
                return;
            }
            expired += batch;
        } while (batch == ExpireHoldsUseCase.BATCH && System.nanoTime() < deadline);
        if (expired > 0) {
            LOG.info("{} holds expired", expired);
        }
    }
}
