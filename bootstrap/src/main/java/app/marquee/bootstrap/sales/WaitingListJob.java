package app.marquee.bootstrap.sales;

import app.marquee.application.sales.waitlist.port.in.ServeWaitingListsUseCase;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the waiting lists every {@code MARQUEE_WAITLIST_INTERVAL} (30 seconds by default): offers
 * that ran out pass to the next in line, and places that came back (holds lapsed, orders cancelled)
 * are offered. Several instances may run it side by side: each show's line is taken with
 * {@code FOR UPDATE SKIP LOCKED}, so one instance serves a show at a time.
 */
@Singleton
public class WaitingListJob {
    private static final Logger LOG = LoggerFactory.getLogger(WaitingListJob.class);
    private final ServeWaitingListsUseCase serve;

    public WaitingListJob(ServeWaitingListsUseCase serve) {
        this.serve = serve;
    }

    @Scheduled(fixedDelay = "${marquee.jobs.waitlist-interval:30s}", initialDelay = "15s")
    public void run() {
        try {
            int offers = serve.serveWaitingLists();
            if (offers > 0) {
                LOG.info("{} waiting-list offers made", offers);
            }
        } catch (RuntimeException e) {
            LOG.warn("Waiting lists not served this round: {}", e.toString());
        }
    }
}
