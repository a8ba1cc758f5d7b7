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
import java.util.List;
import java.util.Map;

/**
 * What the database would know once the hidden favorites are removed: each title's favorite
 * count (also used as its popularity), how often two titles are favorited by one viewer, and how
 * common genres and people are. It also draws each viewer's candidate pool with the bounds the
 * {@code RecommendationCandidatesPort} documents, with the figures of
 * {@code CandidateBounds.STANDARD}: the {@value #PER_PERSON} most popular titles of each person
 * credited on a liked title, the {@value #PER_GENRE} most popular titles of each liked genre, the
 * {@value #CO_FAVORITED} titles most often favorited with each liked title, and the
 * {@value #POPULAR} most popular titles.
 */
final class Audience {
    static final int PER_PERSON = 20;
    static final int PER_GENRE = 30;
    static final int CO_FAVORITED = 100;
    static final int POPULAR = 100;

    final List<TitleFeatures> titles = new ArrayList<>();
    final List<Integer> byPopularity;
    final FeatureFrequencies frequencies;
    private final List<Map<Integer, Integer>> coFavorites = new ArrayList<>();
    private final Map<PersonId, List<Integer>> byPerson = new HashMap<>();
    private final Map<GenreId, List<Integer>> byGenre = new HashMap<>();
    private final Map<Integer, List<Integer>> mostCoFavorited = new HashMap<>();

    Audience(SyntheticCatalog catalog, List<List<Integer>> training) {
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
        byPopularity.subList(0, Math.min(POPULAR, byPopularity.size())).forEach(t -> inPool[t] = true);
        for (int l : liked) {
            TitleFeatures title = titles.get(l);
            title.people().forEach(person -> byPerson.get(person.id()).stream().limit(PER_PERSON)
                    .forEach(t -> inPool[t] = true));
            title.genres().forEach(genre -> byGenre.get(genre).stream().limit(PER_GENRE).forEach(t -> inPool[t] = true));
            mostCoFavorited(l).forEach(t -> inPool[t] = true);
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int c = 0; c < inPool.length; c++) {
            if (!inPool[c]) {
                continue;
            }
            Map<TitleId, Long> together = new HashMap<>();
            for (int l : liked) {
                Integer count = coFavorites.get(l).get(c);
                if (count != null) {
                    together.put(titles.get(l).id(), count.longValue());
                }
            }
            candidates.add(new Candidate(titles.get(c), together));
        }
        return candidates;
    }

    private List<Integer> mostCoFavorited(int title) {
        return mostCoFavorited.computeIfAbsent(title, t -> coFavorites.get(t).entrySet().stream()
                .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(CO_FAVORITED).map(Map.Entry::getKey).toList());
    }
}
