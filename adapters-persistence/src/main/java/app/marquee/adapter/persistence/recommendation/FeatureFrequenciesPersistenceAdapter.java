package app.marquee.adapter.persistence.recommendation;

import app.marquee.application.recommendation.port.out.FeatureFrequenciesPort;
import app.marquee.domain.catalog.genre.GenreId;
import app.marquee.domain.catalog.person.PersonId;
import app.marquee.domain.recommendation.FeatureFrequencies;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How many published titles the catalog, each genre and each person have. The catalog's total and
 * the genres' counts (a genre may hold a third of the catalog) are kept for
 * {@code marquee.recommendations.frequencies-ttl} (5 minutes): they move slowly, and the port
 * allows figures a few minutes old. A person's titles are few and counted at each call, from the
 * person's credits index.
 */
@Singleton
public class FeatureFrequenciesPersistenceAdapter implements FeatureFrequenciesPort {
    private final RecommendationRepository repository;
    private final ExpiringCounts genres;
    private final ExpiringCounts catalog;

    FeatureFrequenciesPersistenceAdapter(RecommendationRepository repository,
                                         @Value("${marquee.recommendations.frequencies-ttl:5m}") Duration ttl) {
        this.repository = repository;
        this.genres = new ExpiringCounts(ttl);
        this.catalog = new ExpiringCounts(ttl);
    }

    @Override
    public FeatureFrequencies frequenciesOf(Set<GenreId> genreIds, Set<PersonId> people) {
        long titles = catalog.counts(Set.of(ExpiringCounts.ALL), missing -> Map.of(ExpiringCounts.ALL,
                repository.publishedTitles())).get(ExpiringCounts.ALL);
        Map<GenreId, Long> perGenre = new HashMap<>();
        genres.counts(ids(genreIds, GenreId::value), this::countGenres)
                .forEach((id, count) -> perGenre.put(new GenreId(id), count));
        Map<PersonId, Long> perPerson = new HashMap<>();
        if (!people.isEmpty()) {
            repository.titlesPerPerson(people.stream().map(p -> p.value().toString()).toArray(String[]::new))
                    .forEach(row -> perPerson.put(new PersonId(row.id()), row.count()));
        }
        return new FeatureFrequencies(titles, perGenre, perPerson);
    }

    private Map<UUID, Long> countGenres(Set<UUID> missing) {
        Map<UUID, Long> counts = new HashMap<>();
        repository.titlesPerGenre(missing.stream().map(UUID::toString).toArray(String[]::new))
                .forEach(row -> counts.put(row.id(), row.count()));
        return counts;
    }

    private static <T> Set<UUID> ids(Set<T> values, Function<T, UUID> id) {
        return values.stream().map(id).collect(Collectors.toSet());
    }
}
