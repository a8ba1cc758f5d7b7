package app.marquee.application.catalog.fakes;

import app.marquee.application.catalog.port.out.PopularityPort;
import app.marquee.domain.catalog.popularity.PopularityPolicy;
import app.marquee.domain.catalog.popularity.PopularityRefresh;
import app.marquee.domain.catalog.popularity.TitleSignals;
import app.marquee.domain.catalog.title.TitleId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Titles' popularity and the signals it is computed from, as the database keeps them: the
 * explicit signals per title, and when each viewer who finished a title last watched it. While
 * {@link #anotherRefreshRuns()} is set, a refresh finds the lock taken.
 */
public final class InMemoryPopularity implements PopularityPort {
    private final Map<TitleId, Long> popularity = new HashMap<>();
    private final Map<TitleId, TitleSignals> explicit = new HashMap<>();
    private final Map<TitleId, List<Instant>> finishedViewings = new HashMap<>();
    private boolean locked;

    public void title(TitleId title) {
        popularity.putIfAbsent(title, 0L);
    }

    /** Favorites, reactions, reviews and playlists; the viewers count is taken from {@link #finished}. */
    public void signals(TitleId title, TitleSignals signals) {
        title(title);
        explicit.put(title, signals);
    }

    public void finished(TitleId title, Instant lastWatched) {
        title(title);
        finishedViewings.computeIfAbsent(title, t -> new ArrayList<>()).add(lastWatched);
    }

    public void forget(TitleId title) {
        explicit.remove(title);
        finishedViewings.remove(title);
    }

    public void anotherRefreshRuns() {
        locked = true;
    }

    public long of(TitleId title) {
        return popularity.get(title);
    }

    @Override
    public PopularityRefresh refresh(PopularityPolicy policy, Instant viewedSince) {
        if (locked) {
            return new PopularityRefresh.AlreadyRunning();
        }
        Map<TitleId, Long> changed = new HashMap<>();
        popularity.forEach((title, current) -> {
            long score = scoreOf(title, policy, viewedSince);
            if (current != score) {
                changed.put(title, score);
            }
        });
        popularity.putAll(changed);
        return new PopularityRefresh.Recomputed(changed.size());
    }

    private long scoreOf(TitleId title, PopularityPolicy policy, Instant viewedSince) {
        TitleSignals given = explicit.getOrDefault(title, TitleSignals.NONE);
        long viewers = finishedViewings.getOrDefault(title, List.of()).stream()
                .filter(at -> !at.isBefore(viewedSince)).count();
        return policy.scoreOf(new TitleSignals(given.favorites(), given.likes(), given.dislikes(), viewers,
                given.visibleReviews(), given.playlistOwners()));
    }
}
