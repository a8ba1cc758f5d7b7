package app.marquee.bootstrap.catalog;

import app.marquee.application.catalog.port.in.RefreshPopularityUseCase;
import app.marquee.domain.catalog.popularity.PopularityRefresh;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recomputes every title's popularity, shortly after start and then every
 * {@code MARQUEE_POPULARITY_REFRESH} (10 minutes by default), off the request path: search's
 * popularity sort and the recommendations read the stored values. Several instances may run it;
 * an advisory lock lets one do the work while the others skip that round.
 */
@Singleton
public class PopularityRefreshJob {
    private static final Logger LOG = LoggerFactory.getLogger(PopularityRefreshJob.class);
    private final RefreshPopularityUseCase refresh;

    public PopularityRefreshJob(RefreshPopularityUseCase refresh) {
        this.refresh = refresh;
    }

    @Scheduled(fixedDelay = "${marquee.jobs.popularity-refresh:10m}", initialDelay = "20s")
    public void run() {
        long started = System.nanoTime();
        PopularityRefresh result = refresh.refresh();
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (result instanceof PopularityRefresh.Recomputed recomputed) {
            LOG.info("Popularity refreshed in {} ms: {} titles changed", millis, recomputed.titlesChanged());
        } else {
            LOG.debug("Popularity refresh skipped: another instance is running it");
        }
    }
}
