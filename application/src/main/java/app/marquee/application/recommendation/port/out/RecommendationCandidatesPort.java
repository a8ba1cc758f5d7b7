package app.marquee.application.recommendation.port.out;

import app.marquee.domain.recommendation.Candidate;
import app.marquee.domain.recommendation.Taste;

import java.util.List;

/**
 * The titles worth scoring for a viewer: a bounded set drawn from what the viewer's liked titles
 * (favorited, finished, liked, not disliked) have in common with the catalog, and from other
 * accounts' favorites.
 *
 * <p>What the adapter guarantees: the union of the sources {@link CandidateBounds} lists, each
 * title once; only {@code PUBLISHED} titles; none of {@link Taste#seen()} (the scorer drops them
 * too, but they waste the bounds). Each candidate carries the features {@link LoadTastePort} gives
 * (favorite count included), except that its people are only those credited on a title of the
 * taste: the scorer compares a candidate's people with the taste's and nothing else. For every
 * liked title of the taste that keeps the candidate among its co-favorites ({@link CoFavoritesPort}),
 * the number of accounts whose favorites hold both; a pair without is left out of the map. Kept
 * co-favorites lag the favorites until their refresh has recomputed what a change touched, and
 * are counted over a fixed sample of a very large audience (an estimate, the same for the same
 * data), so that a request never reads every favorite of a blockbuster's fans. Ties within a bound
 * go to the smaller title id, so the same stored figures give the same set; figures a store caches
 * (a person's most popular titles) may be a few minutes old, status excepted.
 */
public interface RecommendationCandidatesPort {
    List<Candidate> candidatesFor(Taste taste, CandidateBounds bounds);
}
