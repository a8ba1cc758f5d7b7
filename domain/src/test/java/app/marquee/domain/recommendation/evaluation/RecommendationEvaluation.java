package app.marquee.domain.recommendation.evaluation;

import app.marquee.domain.recommendation.RecommendationScorer;
import app.marquee.domain.recommendation.ScoringWeights;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the offline evaluation of the README: leave-one-out hit rate at 10 on the full synthetic
 * data set (4 to 7 minutes on a busy 2-core machine), for the popularity baseline, the standard scorer and its two halves.
 * Skipped in ordinary builds; run it with
 * {@code ./mvnw -o -q -pl domain test -Dtest=RecommendationEvaluation -Devaluation=full}
 * ({@code -Devaluation=small} for the small set that {@code RecommendationQualityTest} checks).
 */
class RecommendationEvaluation {

    @Test
    @EnabledIfSystemProperty(named = "evaluation", matches = "full|small")
    void printTheFigures() {
        DataSetParameters parameters = System.getProperty("evaluation").equals("small")
                ? DataSetParameters.small() : DataSetParameters.full();
        long started = System.nanoTime();
        List<LeaveOneOut.Result> results = LeaveOneOut.run(new SyntheticCatalog(parameters), 10, scorers());
        StringBuilder report = new StringBuilder("\nData set: " + parameters + "\nLeave-one-out, hit rate at 10:\n");
        for (LeaveOneOut.Result result : results) {
            report.append(String.format(Locale.ROOT, "  %-28s %5.1f%%  (%d of %d viewers; hidden title in the pool for %d)%n",
                    result.name(), 100 * result.hitRate(), result.hits(), result.viewers(), result.inPool()));
        }
        report.append(String.format(Locale.ROOT, "(%.1f s)%n", (System.nanoTime() - started) / 1e9));
        System.out.println(report);
    }

    static Map<String, RecommendationScorer> scorers() {
        Map<String, RecommendationScorer> scorers = new LinkedHashMap<>();
        scorers.put("standard scorer", RecommendationScorer.standard());
        scorers.put("content only", new RecommendationScorer(ScoringWeights.STANDARD.contentOnly()));
        scorers.put("co-favorites only", new RecommendationScorer(ScoringWeights.STANDARD.coFavoritesOnly()));
        return scorers;
    }
}
