package app.marquee.bootstrap.sales;

import app.marquee.application.sales.refund.port.in.CallOffLateOrdersUseCase;
import app.marquee.application.sales.refund.port.in.SendRefundsUseCase;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * The refund dispatcher: every {@code MARQUEE_REFUND_RETRY_INTERVAL} (30 seconds by default) it asks
 * the provider for the PENDING refunds that are due (those of a cancelled show, and those the
 * provider could not take before), batch after batch until none is left or the round has run for
 * {@value #ROUND_SECONDS} seconds. Several instances may run it side by side: each batch is claimed
 * with {@code FOR UPDATE SKIP LOCKED} and leased, and each refund's key never refunds twice.
 */
@Singleton
public class RefundDispatchJob {
    private static final Logger LOG = LoggerFactory.getLogger(RefundDispatchJob.class);
    private static final int ROUND_SECONDS = 20;
    private final SendRefundsUseCase refunds;
    private final CallOffLateOrdersUseCase lateOrders;

    public RefundDispatchJob(SendRefundsUseCase refunds, CallOffLateOrdersUseCase lateOrders) {
        this.refunds = refunds;
        this.lateOrders = lateOrders;
    }

    @Scheduled(fixedDelay = "${marquee.jobs.refund-retry-interval:30s}", initialDelay = "15s")
    public void run() {
        callOffLateOrders();
        long deadline = System.nanoTime() + Duration.ofSeconds(ROUND_SECONDS).toNanos();
        int sent = 0;
        int batch;
        do {
            try {
                batch = refunds.sendNextBatch();
            } catch (RuntimeException e) {
                LOG.warn("Refund dispatch stopped after {} refunds: {}", sent, e.toString());
                return;
            }
            sent += batch;
        } while (batch == SendRefundsUseCase.BATCH && System.nanoTime() < deadline);
        if (sent > 0) {
            LOG.info("{} refunds asked of the payment provider", sent);
        }
    }

    private void callOffLateOrders() {
        try {
            int calledOff = lateOrders.callOff();
            if (calledOff > 0) {
                LOG.warn("{} orders ticketed on shows already cancelled were called off and refunded", calledOff);
            }
        } catch (RuntimeException e) {
            LOG.warn("Calling off late orders of cancelled shows failed: {}", e.toString());
        }
    }
}
