package app.marquee.domain.recommendation.evaluation;

import app.marquee.domain.catalog.genre.GenreId;
import app.marquee.domain.catalog.person.PersonId;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.recommendation.Candidate;
import app.marquee.domain.recommendation.CreditedPerson;
import app.marquee.domain.recommendation.FeatureFrequencies;
import app.marquee.domain.recommendation.TitleFeatures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the database would know once the hidden favorites are removed: each title's favorite
 * count (also used as its popularity), how often two titles are favorited by one viewer, and how
 * common genres and people are. It also draws each viewer's candidate pool as the
 * {@code RecommendationCandidatesPort} documents, within {@link PoolBounds}.
 */
final class Audience {
    final List<TitleFeatures> titles = new ArrayList<>();
    final List<Integer> byPopularity;
    final FeatureFrequencies frequencies;
    private final List<Map<Integer, Integer>> coFavorites = new ArrayList<>();
    private final Map<PersonId, List<Integer>> byPerson = new HashMap<>();
    private final Map<GenreId, List<Integer>> byGenre = new HashMap<>();
    private final Map<Integer, Map<Integer, Integer>> keptCoFavorites = new HashMap<>();
    private final PoolBounds bounds;

    Audience(SyntheticCatalog catalog, List<List<Integer>> training, PoolBounds bounds) {
        this.bounds = bounds;
        int n = catalog.titles.size();
        long[] counts = new long[n];
        for (int t = 0; t < n; t++) {
            coFavorites.add(new HashMap<>());
        }
        for (List<Integer> favorites : training) {
            for (int a : favorites) {
                counts[a]++;
                for (int b : favorites) {
                    if (a != b) {
                        coFavorites.get(a).merge(b, 1, Integer::sum);
                    }
                }
            }
        }
        Map<GenreId, Long> perGenre = new HashMap<>();
        Map<PersonId, Long> perPerson = new HashMap<>();
        for (int t = 0; t < n; t++) {
            TitleFeatures raw = catalog.titles.get(t);
            titles.add(new TitleFeatures(raw.id(), raw.name(), raw.status(), raw.genres(), raw.people(),
                    raw.releaseYear(), raw.languages(), counts[t], counts[t]));
            int number = t;
            raw.genres().forEach(genre -> {
                perGenre.merge(genre, 1L, Long::sum);
                byGenre.computeIfAbsent(genre, g -> new ArrayList<>()).add(number);
            });
            raw.people().stream().map(CreditedPerson::id).distinct().forEach(person -> {
                perPerson.merge(person, 1L, Long::sum);
                byPerson.computeIfAbsent(person, p -> new ArrayList<>()).add(number);
            });
        }
        Comparator<Integer> popularFirst = Comparator.<Integer>comparingLong(t -> counts[t]).reversed()
                .thenComparing(t -> titles.get(t).id().value());
        byGenre.values().forEach(list -> list.sort(popularFirst));
        byPerson.values().forEach(list -> list.sort(popularFirst));
        byPopularity = java.util.stream.IntStream.range(0, n).boxed().sorted(popularFirst).toList();
        frequencies = new FeatureFrequencies(n, perGenre, perPerson);
    }

    /** The candidate pool of a viewer who favorites {@code liked}, with co-favorite counts. */
    List<Candidate> candidatesFor(List<Integer> liked) {
        boolean[] inPool = new boolean[titles.size()];
        byPopularity.subList(0, Math.min(bounds.popular(), byPopularity.size())).forEach(t -> inPool[t] = true);
        for (int l : liked) {
            TitleFeatures title = titles.get(l);
            title.people().forEach(person -> byPerson.get(person.id()).stream().limit(bounds.perPerson())
                    .forEach(t -> inPool[t] = true));
            title.genres().forEach(genre -> byGenre.get(genre).stream().limit(bounds.perGenre())
                    .forEach(t -> inPool[t] = true));
            coFavoritesOf(l).keySet().stream().limit(bounds.coFavorited()).forEach(t -> inPool[t] = true);
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int c = 0; c < inPool.length; c++) {
            if (!inPool[c]) {
                continue;
            }
            Map<TitleId, Long> together = new HashMap<>();
            for (int l : liked) {
                Integer count = coFavoritesOf(l).get(c);
                if (count != null) {
                    together.put(titles.get(l).id(), count.longValue());
                }
            }
            candidates.add(new Candidate(titles.get(c), together));
        }
        return candidates;
    }

    /** The titles most often favorited with {@code title}, most first, as many as the database keeps. */
    private Map<Integer, Integer> coFavoritesOf(int title) {
        return keptCoFavorites.computeIfAbsent(title, t -> {
            Map<Integer, Integer> kept = new LinkedHashMap<>();
            coFavorites.get(t).entrySet().stream()
                    .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(bounds.coFavoritesKept()).forEach(entry -> kept.put(entry.getKey(), entry.getValue()));
            return kept;
        });
    }
}
