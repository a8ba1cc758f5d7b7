package app.marquee.domain.catalog.popularity;

/**
 * The result of recomputing every title's popularity: done, changing this many titles, or left
 * to the refresh another instance is running at this very moment (one at a time is enough, since
 * each recomputes everything from the signals).
 */
public sealed interface PopularityRefresh permits PopularityRefresh.Recomputed, PopularityRefresh.AlreadyRunning {

    /** Every title's popularity now matches its signals; {@code titlesChanged} had another value before. */
    record Recomputed(int titlesChanged) implements PopularityRefresh {
        public Recomputed {
            if (titlesChanged < 0) {
                throw new IllegalArgumentException("a count of titles is never negative");
            }
        }
    }

    /** Another refresh held the lock; this one did nothing. */
    record AlreadyRunning() implements PopularityRefresh {
    }
}
