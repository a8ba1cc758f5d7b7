package app.marquee.application.catalog.port.in;

import app.marquee.domain.catalog.popularity.PopularityRefresh;

/**
 * The scheduled recount: every title's popularity recomputed from what viewers do with it
 * ({@link app.marquee.domain.catalog.popularity.PopularityPolicy}). One instance at a time does
 * it; another that asks meanwhile is told it is {@code AlreadyRunning} and does nothing.
 */
public interface RefreshPopularityUseCase {
    PopularityRefresh refresh();
}
