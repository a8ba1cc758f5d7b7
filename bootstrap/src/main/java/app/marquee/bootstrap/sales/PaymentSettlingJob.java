package app.marquee.bootstrap.sales;

import app.marquee.application.sales.order.port.in.PurgeOrderRequestKeysUseCase;
import app.marquee.application.sales.settlement.port.in.SettlePaymentsUseCase;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every {@code MARQUEE_REFUND_RETRY_INTERVAL} (30 seconds by default): settles one batch of payment
 * attempts left PENDING for longer than {@code MARQUEE_PAYMENT_SETTLE_AFTER} (asking the provider
 * under each attempt's own key, never charging again), then forgets the Idempotency-Keys of order
 * requests finished longer ago than {@code MARQUEE_IDEMPOTENCY_KEY_RETENTION}. Safe on several
 * instances: settling is a conditional write from PENDING, purging a plain DELETE.
 */
@Singleton
public class PaymentSettlingJob {
    private static final Logger LOG = LoggerFactory.getLogger(PaymentSettlingJob.class);
    private final SettlePaymentsUseCase settle;
    private final PurgeOrderRequestKeysUseCase purge;

    public PaymentSettlingJob(SettlePaymentsUseCase settle, PurgeOrderRequestKeysUseCase purge) {
        this.settle = settle;
        this.purge = purge;
    }

    @Scheduled(fixedDelay = "${marquee.jobs.refund-retry-interval:30s}", initialDelay = "20s")
    public void run() {
        try {
            int settled = settle.settleNextBatch();
            if (settled > 0) {
                LOG.info("{} payment attempts left PENDING were asked of the provider", settled);
            }
            int purged = purge.purge();
            if (purged > 0) {
                LOG.info("{} finished Idempotency-Keys forgotten", purged);
            }
        } catch (RuntimeException e) {
            LOG.warn("Payment settling stopped: {}", e.toString());
        }
    }
}
