package app.marquee.domain.recommendation;

import app.marquee.domain.catalog.title.TitleStatus;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static app.marquee.domain.recommendation.Film.film;
import static org.assertj.core.api.Assertions.assertThat;

class RecommendationExclusionsTest {
    private static final TitleFeatures AMELIE = RecommendationScorerTest.AMELIE;
    private final RecommendationScorer scorer = RecommendationScorer.standard();

    @Test
    void neverATitleTheViewerFavoritedFinishedLikedOrDisliked() {
        TitleFeatures finished = jeunet("Delicatessen");
        TitleFeatures liked = jeunet("Micmacs");
        TitleFeatures disliked = jeunet("Alien Resurrection");
        TitleFeatures stillNew = jeunet("Big Bug");
        Taste taste = Taste.of(List.of(TasteEntry.of(AMELIE, Signal.FAVORITE), TasteEntry.of(finished, Signal.FINISHED),
                TasteEntry.of(liked, Signal.LIKED), TasteEntry.of(disliked, Signal.DISLIKED)));

        List<Recommendation> list = scorer.recommend(taste, candidates(AMELIE, finished, liked, disliked, stillNew),
                FeatureFrequencies.unknown(), 10);

        assertThat(list).extracting(Recommendation::titleId).containsExactly(stillNew.id());
    }

    @Test
    void neverATitleKnownSeenEvenWhenItsFeaturesWereNotLoaded() {
        TitleFeatures seenLongAgo = jeunet("La Cité des enfants perdus");
        Taste taste = new Taste(List.of(TasteEntry.of(AMELIE, Signal.FAVORITE)), Set.of(seenLongAgo.id()));

        assertThat(scorer.recommend(taste, candidates(seenLongAgo), FeatureFrequencies.unknown(), 10)).isEmpty();
    }

    @Test
    void neverADraftNorAnArchivedTitleWhateverTheCallerPasses() {
        TitleFeatures draft = film("Big Bug").director("Jean-Pierre Jeunet").status(TitleStatus.DRAFT).features();
        TitleFeatures archived = film("Micmacs").director("Jean-Pierre Jeunet").status(TitleStatus.ARCHIVED)
                .popularity(1_000).features();

        assertThat(scorer.recommend(RecommendationScorerTest.favorites(AMELIE), candidates(draft, archived),
                FeatureFrequencies.unknown(), 10)).isEmpty();
        assertThat(scorer.recommend(Taste.none(), candidates(draft, archived), FeatureFrequencies.unknown(), 10))
                .isEmpty();
    }

    @Test
    void anArchivedFavoriteStillTellsWhatTheViewerLikes() {
        TitleFeatures archivedFavorite = film("Amélie (old cut)").director("Jean-Pierre Jeunet")
                .status(TitleStatus.ARCHIVED).features();
        TitleFeatures byJeunet = jeunet("Delicatessen");
        TitleFeatures popular = film("Titanic").popularity(1_000_000).features();

        List<Recommendation> list = scorer.recommend(RecommendationScorerTest.favorites(archivedFavorite),
                candidates(popular, byJeunet), FeatureFrequencies.unknown(), 10);

        assertThat(list).extracting(Recommendation::titleId).containsExactly(byJeunet.id(), popular.id());
    }

    @Test
    void oneTitlePassedTwiceIsRecommendedOnceWithItsLargerCoFavoriteCount() {
        TitleFeatures twice = film("Populaire").favoritedBy(10).features();

        List<Recommendation> list = scorer.recommend(RecommendationScorerTest.favorites(AMELIE),
                List.of(new Candidate(twice, Map.of(AMELIE.id(), 2L)), new Candidate(twice, Map.of(AMELIE.id(), 8L))),
                FeatureFrequencies.unknown(), 10);
        List<Recommendation> once = scorer.recommend(RecommendationScorerTest.favorites(AMELIE),
                List.of(new Candidate(twice, Map.of(AMELIE.id(), 8L))), FeatureFrequencies.unknown(), 10);

        assertThat(list).isEqualTo(once);
    }

    private static TitleFeatures jeunet(String name) {
        return film(name).director("Jean-Pierre Jeunet").features();
    }

    private static List<Candidate> candidates(TitleFeatures... titles) {
        return java.util.Arrays.stream(titles).map(Candidate::of).toList();
    }
}
