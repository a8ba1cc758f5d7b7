package app.marquee.domain.recommendation;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static app.marquee.domain.recommendation.Film.film;
import static app.marquee.domain.recommendation.Film.genre;
import static org.assertj.core.api.Assertions.assertThat;

class PopularityPriorTest {
    private final RecommendationScorer scorer = RecommendationScorer.standard();

    @Test
    void aViewerWithoutHistoryGetsWhatIsPopularInItsMostCommonGenre() {
        TitleFeatures hit = film("Intouchables").genres("comedy", "drama").popularity(5_000).features();
        TitleFeatures fair = film("Le Prénom").genres("comedy").popularity(300).features();
        TitleFeatures noGenre = film("Untitled").popularity(40).features();
        FeatureFrequencies catalog = new FeatureFrequencies(100, Map.of(genre("drama"), 40L, genre("comedy"), 25L),
                Map.of());

        List<Recommendation> list = scorer.recommend(Taste.none(),
                List.of(Candidate.of(noGenre), Candidate.of(fair), Candidate.of(hit)), catalog, 10);

        assertThat(list).extracting(Recommendation::titleId).containsExactly(hit.id(), fair.id(), noGenre.id());
        assertThat(list).extracting(Recommendation::reason).containsExactly(Reason.popularIn(genre("drama")),
                Reason.popularIn(genre("comedy")), Reason.popular());
        assertThat(list.get(0).score()).isEqualTo(1.0);
        assertThat(list.get(2).score()).isBetween(0.0, list.get(1).score());
    }

    @Test
    void aViewerWhoOnlyDislikedIsStillAColdStartButAwayFromWhatTheyDisliked() {
        TitleFeatures disliked = film("Saw").genres("horror").director("James Wan").features();
        TitleFeatures sequel = film("Saw II").genres("horror").director("James Wan").popularity(1_000).features();
        TitleFeatures other = film("Paddington").genres("family").popularity(900).features();

        List<Recommendation> list = scorer.recommend(Taste.of(List.of(TasteEntry.of(disliked, Signal.DISLIKED))),
                List.of(Candidate.of(sequel), Candidate.of(other)), FeatureFrequencies.unknown(), 10);

        assertThat(list).extracting(Recommendation::titleId).containsExactly(other.id(), sequel.id());
    }

    @Test
    void withAHistoryPopularityOnlyBreaksTies() {
        TitleFeatures amelie = RecommendationScorerTest.AMELIE;
        TitleFeatures famousTwin = film("Twin A").genres("romance").popularity(800).features();
        TitleFeatures obscureTwin = film("Twin B").genres("romance").popularity(3).features();
        TitleFeatures blockbuster = film("Titanic").popularity(1_000_000).features();

        List<Recommendation> list = scorer.recommend(RecommendationScorerTest.favorites(amelie),
                List.of(Candidate.of(blockbuster), Candidate.of(obscureTwin), Candidate.of(famousTwin)),
                FeatureFrequencies.unknown(), 10);

        assertThat(list).extracting(Recommendation::titleId)
                .containsExactly(famousTwin.id(), obscureTwin.id(), blockbuster.id());
        assertThat(list.get(0).score()).isEqualTo(list.get(1).score());
        assertThat(list.get(2).score()).isZero();
    }

    @Test
    void equalScoresAndPopularityFallBackToTheTitleId() {
        TitleFeatures one = film("One").popularity(7).features();
        TitleFeatures other = film("Other").popularity(7).features();
        TitleFeatures first = one.id().value().compareTo(other.id().value()) < 0 ? one : other;

        List<Recommendation> list = scorer.recommend(Taste.none(), List.of(Candidate.of(one), Candidate.of(other)),
                FeatureFrequencies.unknown(), 1);

        assertThat(list).extracting(Recommendation::titleId).containsExactly(first.id());
    }
}
