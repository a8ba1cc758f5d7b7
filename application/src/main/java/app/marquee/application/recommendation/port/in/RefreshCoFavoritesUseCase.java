package app.marquee.application.recommendation.port.in;

import app.marquee.domain.recommendation.CoFavoritesRefresh;

/**
 * One round of the background work that keeps co-favorites current: the next batch of titles
 * whose audience changed, in one transaction. A caller repeats it until a round recomputes fewer
 * than {@link #BATCH} titles (nothing is left behind) or another instance is found doing it.
 */
public interface RefreshCoFavoritesUseCase {
    int BATCH = 200;

    CoFavoritesRefresh refreshNextBatch();
}
