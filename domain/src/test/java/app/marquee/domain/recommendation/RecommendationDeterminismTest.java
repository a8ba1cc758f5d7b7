package app.marquee.domain.recommendation;

import app.marquee.domain.catalog.genre.GenreId;
import app.marquee.domain.catalog.person.PersonId;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.recommendation.evaluation.DataSetParameters;
import app.marquee.domain.recommendation.evaluation.SyntheticCatalog;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RecommendationDeterminismTest {
    private final SyntheticCatalog catalog = new SyntheticCatalog(DataSetParameters.small());
    private final RecommendationScorer scorer = RecommendationScorer.standard();

    @Test
    void theSameDataInAnyOrderGivesTheSameListToTheLastBit() {
        List<TitleFeatures> titles = catalog.titles;
        List<TasteEntry> taste = new ArrayList<>();
        for (int t : catalog.favorites.get(0)) {
            taste.add(TasteEntry.of(titles.get(t), Signal.FAVORITE));
        }
        taste.add(TasteEntry.of(titles.get(catalog.favorites.get(1).get(0)), Signal.DISLIKED));
        taste.add(TasteEntry.of(titles.get(catalog.favorites.get(2).get(0)), Signal.FINISHED));
        List<Candidate> candidates = new ArrayList<>();
        Random random = new Random(3);
        for (TitleFeatures title : titles) {
            Map<TitleId, Long> together = new HashMap<>();
            taste.forEach(entry -> {
                if (random.nextInt(4) == 0) {
                    together.put(entry.title().id(), 1L + random.nextInt(30));
                }
            });
            candidates.add(new Candidate(title, together));
        }
        FeatureFrequencies frequencies = frequencies(titles);

        List<Recommendation> first = scorer.recommend(Taste.of(taste), candidates, frequencies, 50);
        for (long round = 1; round <= 5; round++) {
            long seed = round;
            List<TasteEntry> shuffledTaste = shuffled(taste, seed);
            List<Candidate> shuffledCandidates = shuffled(candidates, seed).stream().map(c -> rebuilt(c, seed)).toList();

            assertThat(scorer.recommend(Taste.of(shuffledTaste), shuffledCandidates, frequencies, 50)).isEqualTo(first);
        }
        assertThat(first).hasSize(50).extracting(r -> r.reason().kind()).contains(ReasonKind.LIKED_BY_SIMILAR_VIEWERS);
    }

    /** The same title with its sets filled in another order. */
    private static Candidate rebuilt(Candidate candidate, long seed) {
        TitleFeatures title = candidate.title();
        Set<CreditedPerson> people = new LinkedHashSet<>(shuffled(List.copyOf(title.people()), seed));
        Set<GenreId> genres = new LinkedHashSet<>(shuffled(List.copyOf(title.genres()), seed));
        return new Candidate(new TitleFeatures(title.id(), title.name(), title.status(), genres, people,
                title.releaseYear(), title.languages(), title.popularity(), title.favoriteCount()),
                new HashMap<>(candidate.coFavorites()));
    }

    private static FeatureFrequencies frequencies(List<TitleFeatures> titles) {
        Map<GenreId, Long> genres = new HashMap<>();
        Map<PersonId, Long> people = new HashMap<>();
        titles.forEach(title -> {
            title.genres().forEach(genre -> genres.merge(genre, 1L, Long::sum));
            title.people().forEach(person -> people.merge(person.id(), 1L, Long::sum));
        });
        return new FeatureFrequencies(titles.size(), genres, people);
    }

    private static <T> List<T> shuffled(List<T> list, long seed) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, new Random(seed));
        return copy;
    }
}
