package app.marquee.application.recommendation.service;

import app.marquee.application.recommendation.port.in.RefreshCoFavoritesUseCase;
import app.marquee.application.recommendation.port.out.CoFavoritesPort;
import app.marquee.domain.recommendation.CoFavoritesRefresh;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

/** Recomputes the next batch of due titles in one transaction, so a batch is kept whole or not at all. */
@Singleton
public class RefreshCoFavoritesService implements RefreshCoFavoritesUseCase {
    private final CoFavoritesPort coFavorites;

    public RefreshCoFavoritesService(CoFavoritesPort coFavorites) {
        this.coFavorites = coFavorites;
    }

    @Override
    @Transactional
    public CoFavoritesRefresh refreshNextBatch() {
        return coFavorites.recomputeDue(BATCH);
    }
}
