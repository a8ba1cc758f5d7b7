package app.marquee.domain.recommendation.evaluation;

import app.marquee.domain.recommendation.RecommendationScorer;
import app.marquee.domain.recommendation.ScoringWeights;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the offline evaluation of the README: leave-one-out hit rate at 10 on the full synthetic
 * data set (under a minute on a busy 2-core machine), for the popularity baseline, the standard scorer and its two halves.
 * Skipped in ordinary builds; run it with
 * {@code ./mvnw -o -q -pl domain test -Dtest=RecommendationEvaluation -Devaluation=full}
 * ({@code -Devaluation=small} for the small set that {@code RecommendationQualityTest} checks).
 * {@code -Devaluation.bounds="20,30,100,100,100;5,15,30,50,30"} compares candidate pools drawn with
 * other {@link PoolBounds} (per person, per genre, co-favorited, popular, co-favorites kept) for the
 * standard scorer: hit rate and candidates per viewer, which is what a request pays for.
 */
class RecommendationEvaluation {

    @Test
    @EnabledIfSystemProperty(named = "evaluation", matches = "full|small")
    void printTheFigures() {
        DataSetParameters parameters = System.getProperty("evaluation").equals("small")
                ? DataSetParameters.small() : DataSetParameters.full();
        long started = System.nanoTime();
        SyntheticCatalog catalog = new SyntheticCatalog(parameters);
        String sweep = System.getProperty("evaluation.bounds", "");
        if (!sweep.isBlank()) {
            compareBounds(parameters, catalog, sweep);
            return;
        }
        List<LeaveOneOut.Result> results = LeaveOneOut.run(catalog, 10, scorers());
        StringBuilder report = new StringBuilder("\nData set: " + parameters + "\nLeave-one-out, hit rate at 10:\n");
        for (LeaveOneOut.Result result : results) {
            report.append(String.format(Locale.ROOT, "  %-28s %5.1f%%  (%d of %d viewers; hidden title in the pool for %d)%n",
                    result.name(), 100 * result.hitRate(), result.hits(), result.viewers(), result.inPool()));
        }
        report.append(String.format(Locale.ROOT, "(%.1f s)%n", (System.nanoTime() - started) / 1e9));
        System.out.println(report);
    }

    private static void compareBounds(DataSetParameters parameters, SyntheticCatalog catalog, String sweep) {
        StringBuilder report = new StringBuilder("\nData set: " + parameters + "\nStandard scorer, hit rate at 10 by pool:\n");
        for (String figures : sweep.split(";")) {
            int[] n = Arrays.stream(figures.split(",")).map(String::trim).mapToInt(Integer::parseInt).toArray();
            PoolBounds bounds = new PoolBounds(n[0], n[1], n[2], n[3], n[4]);
            LeaveOneOut.Result standard = LeaveOneOut.run(catalog, 10,
                    Map.of("standard scorer", RecommendationScorer.standard()), bounds).get(1);
            report.append(String.format(Locale.ROOT, "  %-80s %5.1f%%  %6.0f candidates per viewer%n", bounds,
                    100 * standard.hitRate(), (double) standard.candidates() / standard.viewers()));
        }
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
