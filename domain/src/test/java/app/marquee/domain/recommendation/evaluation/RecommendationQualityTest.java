package app.marquee.domain.recommendation.evaluation;

import app.marquee.domain.recommendation.RecommendationScorer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scorer must find what viewers like clearly better than popularity does: on the small
 * synthetic set, with one favorite of each viewer hidden, the hidden title is among the top ten
 * at least twice as often as with the popularity baseline, and at least 15 points more often.
 */
class RecommendationQualityTest {

    @Test
    void theScorerFindsHiddenFavoritesFarMoreOftenThanPopularityDoes() {
        List<LeaveOneOut.Result> results = LeaveOneOut.run(new SyntheticCatalog(DataSetParameters.small()), 10,
                Map.of("standard", RecommendationScorer.standard()));

        double baseline = results.get(0).hitRate();
        double scorer = results.get(1).hitRate();
        assertThat(results.get(0).name()).isEqualTo(LeaveOneOut.BASELINE);
        assertThat(scorer).isGreaterThanOrEqualTo(2 * baseline).isGreaterThanOrEqualTo(baseline + 0.15);
    }
}
