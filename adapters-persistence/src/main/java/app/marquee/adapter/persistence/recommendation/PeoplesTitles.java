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
 * Each person's {@value #KEPT} most popular published titles, kept for
 * {@code marquee.recommendations.frequencies-ttl} (5 minutes), for at most 20,000 people (a few
 * megabytes) per instance. Reading them is most of what drawing
 * candidates costs (a viewer's favorites credit some 300 people, with some 30 titles each), and
 * they move only when the popularity refresh runs. A title unpublished meanwhile is still dropped:
 * candidates' features, status included, are read fresh.
 */
@Singleton
class PeoplesTitles {
    static final int KEPT = 10;
    private final RecommendationRepository repository;
    private final ExpiringCache<List<UUID>> kept;

    PeoplesTitles(RecommendationRepository repository,
                  @Value("${marquee.recommendations.frequencies-ttl:5m}") Duration ttl) {
        this.repository = repository;
        this.kept = new ExpiringCache<>(ttl, 20_000);
    }

    /** Up to {@code perPerson} titles of each person, most popular first, none of {@code seen}. */
    Set<UUID> mostPopular(Set<UUID> people, Set<UUID> seen, int perPerson) {
        Set<UUID> drawn = new TreeSet<>();
        if (perPerson == 0) {
            return drawn;
        }
        kept.get(people, read()).values().forEach(titles ->
                titles.stream().filter(title -> !seen.contains(title)).limit(perPerson).forEach(drawn::add));
        return drawn;
    }

    private Function<Set<UUID>, Map<UUID, List<UUID>>> read() {
        return missing -> {
            Map<UUID, List<UUID>> titles = new HashMap<>();
            missing.forEach(person -> titles.put(person, new ArrayList<>()));
            repository.topTitlesOf(missing.stream().map(UUID::toString).toArray(String[]::new), KEPT)
                    .forEach(row -> titles.get(row.personId()).add(row.titleId()));
            titles.replaceAll((person, list) -> List.copyOf(list));
            return titles;
        };
    }
}
