package app.marquee.application.catalog.service;

import app.marquee.application.catalog.port.in.RefreshPopularityUseCase;
import app.marquee.application.catalog.port.out.PopularityPort;
import app.marquee.domain.catalog.popularity.PopularityPolicy;
import app.marquee.domain.catalog.popularity.PopularityRefresh;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;

/** Applies the standard popularity policy, counting viewings of its window up to now, in one transaction. */
@Singleton
public class RefreshPopularityService implements RefreshPopularityUseCase {
    private final PopularityPort popularity;
    private final Clock clock;
    private final PopularityPolicy policy;

    public RefreshPopularityService(PopularityPort popularity, Clock clock) {
        this(popularity, clock, PopularityPolicy.STANDARD);
    }

    RefreshPopularityService(PopularityPort popularity, Clock clock, PopularityPolicy policy) {
        this.popularity = popularity;
        this.clock = clock;
        this.policy = policy;
    }

    @Override
    @Transactional
    public PopularityRefresh refresh() {
        return popularity.refresh(policy, policy.viewingCountsSince(clock.instant()));
    }
}
