package app.marquee.adapter.persistence.catalog;

import app.marquee.application.catalog.port.out.PopularityPort;
import app.marquee.domain.catalog.popularity.PopularityPolicy;
import app.marquee.domain.catalog.popularity.PopularityRefresh;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Instant;

/**
 * Recomputes titles' popularity set-based in PostgreSQL, by the weights of the policy it is
 * given (see {@link PopularityRepository#recompute}). A transaction-level advisory lock lets one
 * instance at a time do it; it is held until the caller's transaction commits, so a second
 * refresh cannot start before the first one's values are visible.
 */
@Singleton
public class PopularityPersistenceAdapter implements PopularityPort {
    private final PopularityRepository popularity;

    PopularityPersistenceAdapter(PopularityRepository popularity) {
        this.popularity = popularity;
    }

    @Override
    @Transactional
    public PopularityRefresh refresh(PopularityPolicy policy, Instant viewedSince) {
        if (!popularity.tryLockRefresh()) {
            return new PopularityRefresh.AlreadyRunning();
        }
        return new PopularityRefresh.Recomputed(popularity.recompute(policy.favorite(), policy.like(),
                policy.dislike(), policy.finishedViewing(), policy.visibleReview(), policy.playlist(), viewedSince));
    }
}
