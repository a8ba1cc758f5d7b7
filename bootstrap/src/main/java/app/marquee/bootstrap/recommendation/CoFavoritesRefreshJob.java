package app.marquee.bootstrap.recommendation;

import app.marquee.application.recommendation.port.in.RefreshCoFavoritesUseCase;
import app.marquee.domain.recommendation.CoFavoritesRefresh;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * Keeps co-favorites current off the request path: shortly after start and then every
 * {@code MARQUEE_CO_FAVORITES_REFRESH} (1 minute by default), it recomputes the titles whose
 * audience changed, batch after batch, until none is left or the round has run for
 * {@value #ROUND_SECONDS} seconds (a first run over a large catalog goes on at the next round).
 * Several instances may run it; one does the work while the others skip.
 */
@Singleton
public class CoFavoritesRefreshJob {
    private static final Logger LOG = LoggerFactory.getLogger(CoFavoritesRefreshJob.class);
    private static final int ROUND_SECONDS = 50;
    private final RefreshCoFavoritesUseCase refresh;

    public CoFavoritesRefreshJob(RefreshCoFavoritesUseCase refresh) {
        this.refresh = refresh;
    }

    @Scheduled(fixedDelay = "${marquee.jobs.co-favorites-refresh:1m}", initialDelay = "30s")
    public void run() {
        long started = System.nanoTime();
        long deadline = started + Duration.ofSeconds(ROUND_SECONDS).toNanos();
        int titles = 0;
        CoFavoritesRefresh round;
        do {
            try {
                round = refresh.refreshNextBatch();
            } catch (RuntimeException e) {
                // A title deleted under a batch, a deadlock: the batch rolled back whole; the next round retries it.
                LOG.warn("Co-favorites round stopped after {} titles: {}", titles, e.toString());
                return;
            }
            if (round instanceof CoFavoritesRefresh.Recomputed recomputed) {
                titles += recomputed.titles();
            }
        } while (round instanceof CoFavoritesRefresh.Recomputed recomputed
                && recomputed.titles() == RefreshCoFavoritesUseCase.BATCH && System.nanoTime() < deadline);
        if (titles > 0) {
            LOG.info("Co-favorites recomputed for {} titles in {} ms", titles, (System.nanoTime() - started) / 1_000_000);
        }
    }
}
