package app.marquee.adapter.persistence.recommendation;

import app.marquee.application.recommendation.port.out.FeatureFrequenciesPort;
import app.marquee.domain.catalog.genre.GenreId;
import app.marquee.domain.catalog.person.PersonId;
import app.marquee.domain.recommendation.FeatureFrequencies;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How many published titles the catalog, each genre and each person have. The figures are kept for
 * {@code marquee.recommendations.frequencies-ttl} (5 minutes): they move slowly, and the port
 * allows figures a few minutes old. Reading them is what costs: a genre may hold a third of the
 * catalog, and a viewer's favorites credit some 300 people, each counted over their credits.
 */
@Singleton
public class FeatureFrequenciesPersistenceAdapter implements FeatureFrequenciesPort {
    private final RecommendationRepository repository;
    private final ExpiringCache<Long> genreSizes;
    private final ExpiringCache<Long> catalogSize;
    private final ExpiringCache<Long> personSizes;

    FeatureFrequenciesPersistenceAdapter(RecommendationRepository repository,
                                         @Value("${marquee.recommendations.frequencies-ttl:5m}") Duration ttl) {
        this.repository = repository;
        this.genreSizes = new ExpiringCache<>(ttl, 10_000);
        this.catalogSize = new ExpiringCache<>(ttl, 1);
        this.personSizes = new ExpiringCache<>(ttl, 100_000);
    }

    @Override
    public FeatureFrequencies frequenciesOf(Set<GenreId> genreIds, Set<PersonId> people) {
        long titles = catalogSize.get(Set.of(ExpiringCache.ALL), missing -> Map.of(ExpiringCache.ALL,
                repository.publishedTitles())).get(ExpiringCache.ALL);
        Map<GenreId, Long> perGenre = new HashMap<>();
        genreSizes.get(ids(genreIds, GenreId::value), counting(repository::titlesPerGenre))
                .forEach((id, count) -> perGenre.put(new GenreId(id), count));
        Map<PersonId, Long> perPerson = new HashMap<>();
        personSizes.get(ids(people, PersonId::value), counting(repository::titlesPerPerson))
                .forEach((id, count) -> perPerson.put(new PersonId(id), count));
        return new FeatureFrequencies(titles, perGenre, perPerson);
    }

    /** Reads the missing counts through {@code query}, which takes ids as text. */
    private static Function<Set<UUID>, Map<UUID, Long>> counting(Function<String[], List<CountRow>> query) {
        return missing -> {
            Map<UUID, Long> counts = new HashMap<>();
            query.apply(missing.stream().map(UUID::toString).toArray(String[]::new))
                    .forEach(row -> counts.put(row.id(), row.count()));
            return counts;
        };
    }

    private static <T> Set<UUID> ids(Set<T> values, Function<T, UUID> id) {
        return values.stream().map(id).collect(Collectors.toSet());
    }
}
