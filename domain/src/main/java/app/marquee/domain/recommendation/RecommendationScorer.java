package app.marquee.domain.recommendation;

import app.marquee.domain.catalog.title.TitleId;

import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Ranks candidate titles for one viewer, and says why.
 *
 * <p>The rule: a title the viewer favorited, finished, liked or disliked is never recommended, nor
 * one that is not published (whatever the caller passes). For a viewer who liked something, a
 * candidate scores by its likeness to each liked title ({@link Likeness}) and by how many
 * other viewers favorite it with each liked title ({@link CoFavoriteSimilarity}), each averaged
 * over the liked titles with the weight of their signal, and lowered by its likeness to the
 * closest disliked title; its reason is its single largest contribution ("Because you liked
 * Amélie: same director"). A viewer with no liked title gets the popularity prior
 * ({@link PopularityPrior}). The weights are {@link ScoringWeights}.
 *
 * <p>Deterministic: ties go to the more popular title, then to the smaller title id; every sum is
 * taken in title id order, so the same data in any order gives the same list, to the last bit.
 */
public final class RecommendationScorer {
    private static final Comparator<Scored> RANKING = Comparator.comparingDouble(Scored::score).reversed()
            .thenComparing(Comparator.comparingLong((Scored scored) -> scored.candidate.title().popularity()).reversed())
            .thenComparing(scored -> scored.candidate.title().id().value());

    private final ScoringWeights weights;

    public RecommendationScorer(ScoringWeights weights) {
        this.weights = weights;
    }

    public static RecommendationScorer standard() {
        return new RecommendationScorer(ScoringWeights.STANDARD);
    }

    public ScoringWeights weights() {
        return weights;
    }

    /** The best {@code limit} eligible candidates, best first. */
    public List<Recommendation> recommend(Taste taste, Collection<Candidate> candidates, FeatureFrequencies frequencies,
                                          int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("recommend at least one title");
        }
        List<Candidate> eligible = eligible(taste.seen(), candidates);
        Scoring scoring = new Scoring(taste, eligible, frequencies);
        return eligible.stream().map(scoring::score).sorted(RANKING).limit(limit)
                .map(scored -> new Recommendation(scored.candidate.title().id(), scored.score, scored.reason))
                .toList();
    }

    /** Published, unseen, one per title (two rows for one title keep the larger co-favorite counts). */
    private static List<Candidate> eligible(Set<TitleId> seen, Collection<Candidate> candidates) {
        Map<UUID, Candidate> byId = new TreeMap<>();
        for (Candidate candidate : candidates) {
            if (candidate.title().isPublished() && !seen.contains(candidate.title().id())) {
                byId.merge(candidate.title().id().value(), candidate, RecommendationScorer::merged);
            }
        }
        return List.copyOf(byId.values());
    }

    private static Candidate merged(Candidate one, Candidate other) {
        Map<TitleId, Long> coFavorites = new HashMap<>(one.coFavorites());
        other.coFavorites().forEach((liked, count) -> coFavorites.merge(liked, count, Math::max));
        return new Candidate(one.title(), coFavorites);
    }

    private record Scored(Candidate candidate, double score, Reason reason) {
    }

    /** One scoring run: the viewer's titles indexed once, then each candidate in turn. */
    private final class Scoring {
        private final TasteIndex liked;
        private final double likedWeight;
        private final Likeness likeness;
        private final TasteIndex disliked;
        private final Likeness aversion;
        private final PopularityPrior prior;

        Scoring(Taste taste, List<Candidate> eligible, FeatureFrequencies frequencies) {
            this.liked = new TasteIndex(taste.liked(), frequencies);
            this.likedWeight = liked.entries.stream().mapToDouble(entry -> weights.weightOf(entry.strongest())).sum();
            this.likeness = new Likeness(liked, weights, frequencies);
            this.disliked = new TasteIndex(taste.disliked(), frequencies);
            this.aversion = new Likeness(disliked, weights, frequencies);
            this.prior = new PopularityPrior(eligible, frequencies);
        }

        Scored score(Candidate candidate) {
            double keep = 1 - weights.aversion() * closestDisliked(candidate);
            if (liked.size() == 0) {
                return new Scored(candidate, prior.of(candidate.title()) * keep, prior.reason(candidate.title()));
            }
            Evidence evidence = new Evidence();
            BitSet related = likeness.measure(candidate);
            for (int i = related.nextSetBit(0); i >= 0; i = related.nextSetBit(i + 1)) {
                double share = weights.weightOf(liked.entries.get(i).strongest()) / likedWeight;
                likeness.contribute(i, share * weights.content(), evidence);
                evidence.add(ReasonKind.LIKED_BY_SIMILAR_VIEWERS, share * weights.coFavorites()
                        * CoFavoriteSimilarity.of(candidate, liked.title(i), weights), liked.title(i), null, null);
            }
            return new Scored(candidate, evidence.total() * keep,
                    evidence.reason().orElseGet(() -> prior.reason(candidate.title())));
        }

        private double closestDisliked(Candidate candidate) {
            if (disliked.size() == 0) {
                return 0;
            }
            double closest = 0;
            BitSet related = aversion.measure(candidate);
            for (int i = related.nextSetBit(0); i >= 0; i = related.nextSetBit(i + 1)) {
                closest = Math.max(closest, aversion.of(i));
            }
            return closest;
        }
    }
}
