package app.marquee.domain.recommendation;

/**
 * The result of one round of keeping co-favorites up to date: this many titles had their
 * co-favorites recomputed (fewer than asked means none is left behind), or nothing was done because
 * another instance is doing the same round at this very moment.
 */
public sealed interface CoFavoritesRefresh permits CoFavoritesRefresh.Recomputed, CoFavoritesRefresh.AlreadyRunning {

    record Recomputed(int titles) implements CoFavoritesRefresh {
        public Recomputed {
            if (titles < 0) {
                throw new IllegalArgumentException("a count of titles is never negative");
            }
        }
    }

    /** Another instance held the lock; this one did nothing. */
    record AlreadyRunning() implements CoFavoritesRefresh {
    }
}
