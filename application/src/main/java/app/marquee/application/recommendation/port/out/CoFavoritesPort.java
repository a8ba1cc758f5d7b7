package app.marquee.application.recommendation.port.out;

import app.marquee.domain.recommendation.CoFavoritesRefresh;

/**
 * Keeps, for every title, its co-favorites: the titles most often favorited by the accounts that
 * favorite it, with how many (see {@link RecommendationCandidatesPort} for how they are counted),
 * so that a recommendation reads them instead of counting them. A title is due when its
 * audience changed (a favorite added or removed) since its co-favorites were last computed.
 *
 * <p>{@code recomputeDue(titles)} recomputes at most {@code titles} due titles in the caller's
 * transaction. One caller at a time across instances: another gets {@code AlreadyRunning} at
 * once rather than waiting to redo the same titles.
 */
public interface CoFavoritesPort {
    CoFavoritesRefresh recomputeDue(int titles);
}
