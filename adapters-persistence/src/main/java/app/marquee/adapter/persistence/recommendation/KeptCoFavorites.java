package app.marquee.adapter.persistence.recommendation;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Each liked title's co-favorites as the co-favorites job keeps them ({@code title_co_favorites}:
 * up to {@value CoFavoritesPersistenceAdapter#KEPT} titles with the number of accounts favoriting
 * both, whatever their status and whoever has seen them), strongest first, ties to the smaller id
 * (as Java orders UUIDs).
 * They are the same for every viewer, so each instance keeps them, reading only the titles it
 * misses by key ({@link RecommendationSql#CO_FAVORITES_OF}).
 *
 * <p>What is kept: each title's list (an empty one included), for the shorter of
 * {@code marquee.jobs.co-favorites-refresh} (1 minute: the job's own round, so a favorite reaches
 * other viewers' recommendations at most one more minute later) and
 * {@code marquee.recommendations.frequencies-ttl} ({@code 0s} reads them on every request), for
 * at most {@value #MAX_TITLES} titles (about 1.5 kilobytes each, some 30 MB; past that the least
 * used leave first). The viewer's own history is never taken from here: callers leave out what they have seen.
 */
@Singleton
class KeptCoFavorites {
    static final int MAX_TITLES = 20_000;
    private static final Comparator<CoFavorite> STRONGEST_FIRST = Comparator.comparingLong(CoFavorite::together)
            .reversed().thenComparing(CoFavorite::id);
    private final RecommendationRepository repository;
    private final ExpiringCache<List<CoFavorite>> kept;

    KeptCoFavorites(RecommendationRepository repository,
                    @Value("${marquee.jobs.co-favorites-refresh:1m}") Duration refresh,
                    @Value("${marquee.recommendations.frequencies-ttl:5m}") Duration ttl) {
        this.repository = repository;
        this.kept = new ExpiringCache<>(refresh.compareTo(ttl) < 0 ? refresh : ttl, MAX_TITLES);
    }

    /** Each title's kept co-favorites, strongest first (an empty list for a title without any). */
    Map<UUID, List<CoFavorite>> of(Set<UUID> titles) {
        return titles.isEmpty() ? Map.of() : kept.get(titles, this::read);
    }

    private Map<UUID, List<CoFavorite>> read(Set<UUID> titles) {
        Map<UUID, List<CoFavorite>> read = new HashMap<>();
        titles.forEach(title -> read.put(title, new ArrayList<>()));
        for (CoFavoriteRow row : repository.coFavoritesOf(titles.stream().map(UUID::toString).toArray(String[]::new))) {
            read.get(row.titleId()).add(new CoFavorite(row.coFavoriteId(), row.together()));
        }
        read.replaceAll((title, coFavorites) -> coFavorites.stream().sorted(STRONGEST_FIRST).toList());
        return read;
    }

    /** A title favorited with the liked one by {@code together} accounts. */
    record CoFavorite(UUID id, long together) {
    }
}
