package app.marquee.domain.recommendation.evaluation;

import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.recommendation.Candidate;
import app.marquee.domain.recommendation.Recommendation;
import app.marquee.domain.recommendation.RecommendationScorer;
import app.marquee.domain.recommendation.Signal;
import app.marquee.domain.recommendation.Taste;
import app.marquee.domain.recommendation.TasteEntry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Leave-one-out hit rate: one favorite of each viewer (with at least three) is hidden, the rest is
 * what the system knows, and a hit is the hidden title among the top {@code k}. The baseline
 * recommends the most favorited titles the viewer has not favorited.
 */
public final class LeaveOneOut {
    public static final String BASELINE = "popularity only (baseline)";

    /**
     * Hits out of viewers; {@code inPool} counts viewers whose hidden title was among the candidates,
     * {@code candidates} all the candidates drawn for them.
     */
    public record Result(String name, int viewers, int hits, int inPool, long candidates) {
        public double hitRate() {
            return viewers == 0 ? 0 : (double) hits / viewers;
        }
    }

    private LeaveOneOut() {
    }

    public static List<Result> run(SyntheticCatalog catalog, int k, Map<String, RecommendationScorer> scorers) {
        return run(catalog, k, scorers, PoolBounds.STANDARD);
    }

    static List<Result> run(SyntheticCatalog catalog, int k, Map<String, RecommendationScorer> scorers,
                            PoolBounds bounds) {
        Random hiding = new Random(catalog.parameters.seed() ^ 0x5EEDL);
        List<List<Integer>> training = new ArrayList<>();
        List<Integer> hidden = new ArrayList<>();
        for (List<Integer> favorites : catalog.favorites) {
            List<Integer> kept = new ArrayList<>(favorites);
            hidden.add(favorites.size() >= 3 ? kept.remove(hiding.nextInt(kept.size())) : -1);
            training.add(kept);
        }
        Audience audience = new Audience(catalog, training, bounds);
        Map<String, int[]> tallies = new LinkedHashMap<>();
        tallies.put(BASELINE, new int[2]);
        scorers.keySet().forEach(name -> tallies.put(name, new int[2]));
        int viewers = 0;
        int inPool = 0;
        long drawn = 0;
        for (int v = 0; v < training.size(); v++) {
            if (hidden.get(v) < 0) {
                continue;
            }
            viewers++;
            TitleId target = audience.titles.get(hidden.get(v)).id();
            Set<Integer> known = new HashSet<>(training.get(v));
            tallies.get(BASELINE)[0] += popular(audience, known, k).contains(hidden.get(v)) ? 1 : 0;
            Taste taste = Taste.of(training.get(v).stream()
                    .map(t -> TasteEntry.of(audience.titles.get(t), Signal.FAVORITE)).toList());
            List<Candidate> candidates = audience.candidatesFor(training.get(v));
            drawn += candidates.size();
            inPool += candidates.stream().anyMatch(c -> c.title().id().equals(target)) ? 1 : 0;
            for (Map.Entry<String, RecommendationScorer> scorer : scorers.entrySet()) {
                List<Recommendation> top = scorer.getValue().recommend(taste, candidates, audience.frequencies, k);
                tallies.get(scorer.getKey())[0] += top.stream().anyMatch(r -> r.titleId().equals(target)) ? 1 : 0;
            }
        }
        List<Result> results = new ArrayList<>();
        int pooled = inPool;
        int evaluated = viewers;
        long candidates = drawn;
        tallies.forEach((name, tally) -> results.add(new Result(name, evaluated, tally[0],
                name.equals(BASELINE) ? evaluated : pooled, name.equals(BASELINE) ? 0 : candidates)));
        return results;
    }

    private static List<Integer> popular(Audience audience, Set<Integer> known, int k) {
        return audience.byPopularity.stream().filter(t -> !known.contains(t)).limit(k).toList();
    }
}
