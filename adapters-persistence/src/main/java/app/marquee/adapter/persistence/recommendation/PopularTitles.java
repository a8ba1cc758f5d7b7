package app.marquee.adapter.persistence.recommendation;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

/**
 * Each genre's {@value #KEPT} most popular published titles, and the catalog's, kept for
 * {@code marquee.recommendations.frequencies-ttl} (5 minutes) per instance (a few hundred
 * genres: some kilobytes). They are the same for every viewer but for what each has seen, and
 * they move only when the popularity refresh runs or a title is published or withdrawn; walking
 * the popularity index for each genre of a viewer's taste was most of the candidates statement.
 * A viewer who has seen more than {@code KEPT - bound} of them is offered fewer; a title
 * unpublished meanwhile is still never recommended (the picks' status is read fresh), and a title
 * published meanwhile joins within the time to live.
 */
@Singleton
class PopularTitles {
    static final int KEPT = 100;
    private final RecommendationRepository repository;
    private final ExpiringCache<List<UUID>> kept;

    PopularTitles(RecommendationRepository repository,
                  @Value("${marquee.recommendations.frequencies-ttl:5m}") Duration ttl) {
        this.repository = repository;
        this.kept = new ExpiringCache<>(ttl, 10_000);
    }

    /** Up to {@code perGenre} titles of each genre, most popular first, none of {@code seen}. */
    Set<UUID> ofGenres(Set<UUID> genres, Set<UUID> seen, int perGenre) {
        Set<UUID> drawn = new TreeSet<>();
        if (perGenre > 0) {
            kept.get(genres, this::readGenres).values().forEach(titles -> draw(titles, seen, perGenre, drawn));
        }
        return drawn;
    }

    /** The {@code popular} most popular titles, none of {@code seen}. */
    Set<UUID> overall(Set<UUID> seen, int popular) {
        Set<UUID> drawn = new TreeSet<>();
        List<UUID> titles = kept.get(Set.of(ExpiringCache.ALL), missing -> Map.of(ExpiringCache.ALL,
                repository.mostPopularTitles(KEPT))).get(ExpiringCache.ALL);
        draw(titles, seen, popular, drawn);
        return drawn;
    }

    private static void draw(List<UUID> titles, Set<UUID> seen, int bound, Set<UUID> drawn) {
        titles.stream().filter(title -> !seen.contains(title)).limit(bound).forEach(drawn::add);
    }

    /** The genres' titles, planned with the genres' ids bound (see {@link RecommendationSql#TOP_TITLES_OF_GENRES}). */
    private Map<UUID, List<UUID>> readGenres(Set<UUID> missing) {
        Map<UUID, List<UUID>> titles = new HashMap<>();
        missing.forEach(genre -> titles.put(genre, new ArrayList<>()));
        repository.planWithValues();
        repository.topTitlesOfGenres(missing.stream().map(UUID::toString).toArray(String[]::new), KEPT)
                .forEach(row -> titles.get(row.genreId()).add(row.titleId()));
        repository.planAsUsual();
        titles.replaceAll((genre, list) -> List.copyOf(list));
        return titles;
    }
}
