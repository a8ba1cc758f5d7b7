package app.marquee.adapter.persistence.recommendation;

import app.marquee.application.recommendation.port.out.CoFavoritesPort;
import app.marquee.domain.recommendation.CoFavoritesRefresh;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * Recomputes due titles' co-favorites in PostgreSQL ({@link CoFavoritesRepository#recompute}):
 * first every title favorited by an account whose favorites changed is marked due
 * ({@link ChangedFans}), then the next due titles' co-favorites are replaced and the audience
 * revision they now reflect is recorded, in the caller's transaction. A favorite committed
 * meanwhile moves its title to a newer revision and notes its account, so what it changes is due
 * again at the next round. Co-favorites are counted over a sample of {@value #FANS_PER_TITLE}
 * fans per title with their {@value #FAVORITES_PER_FAN} latest favorites each; the {@value #KEPT}
 * strongest are kept per title, whatever their status and whoever has seen them (readers filter).
 */
@Singleton
public class CoFavoritesPersistenceAdapter implements CoFavoritesPort {
    static final int FANS_PER_TITLE = 100;
    static final int FAVORITES_PER_FAN = 30;
    static final int KEPT = 20;
    private final CoFavoritesRepository repository;
    private final ChangedFans changedFans;

    CoFavoritesPersistenceAdapter(CoFavoritesRepository repository, ChangedFans changedFans) {
        this.repository = repository;
        this.changedFans = changedFans;
    }

    @Override
    @Transactional
    public CoFavoritesRefresh recomputeDue(int titles) {
        if (!repository.tryLockRefresh()) {
            return new CoFavoritesRefresh.AlreadyRunning();
        }
        // First, before this transaction locks any row: the marking commits on its own connection and
        // would wait forever for a title_co_favorites_computed row this transaction had already written.
        changedFans.markTheirTitlesDue();
        List<DueTitleRow> due = repository.due(titles);
        if (due.isEmpty()) {
            return new CoFavoritesRefresh.Recomputed(0);
        }
        String[] ids = due.stream().map(row -> row.titleId().toString()).toArray(String[]::new);
        repository.forget(ids);
        repository.recompute(ids, FANS_PER_TITLE, FAVORITES_PER_FAN, KEPT);
        repository.markComputed(ids, due.stream().mapToLong(DueTitleRow::revision).toArray());
        return new CoFavoritesRefresh.Recomputed(due.size());
    }
}
