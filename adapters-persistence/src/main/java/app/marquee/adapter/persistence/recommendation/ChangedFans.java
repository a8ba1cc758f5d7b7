package app.marquee.adapter.persistence.recommendation;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

/**
 * Turns the accounts whose favorites changed into due titles (see
 * {@link CoFavoritesRepository#markChangedFansTitlesDue}), in a short transaction of its own: the
 * accounts' rows stay locked only for that statement, so a viewer adding a favorite meanwhile never
 * waits for a batch of co-favorites to be recomputed.
 */
@Singleton
class ChangedFans {
    private final CoFavoritesRepository repository;

    ChangedFans(CoFavoritesRepository repository) {
        this.repository = repository;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markTheirTitlesDue() {
        repository.markChangedFansTitlesDue();
    }
}
