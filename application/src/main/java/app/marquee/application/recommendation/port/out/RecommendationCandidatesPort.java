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
 * too, but they waste the bounds). Each candidate carries the same features as
 * {@link LoadTastePort} gives (favorite count included), and, for every liked title of the taste,
 * the number of other accounts whose favorites hold both (over {@code favorites}, through its
 * {@code (title_id, account_id)} index); a pair with none is left out of the map. For a liked
 * title with a very large audience the adapter may count over a fixed sample of it and scale the
 * count up to the whole audience (an estimate, the same for the same data), so that a request
 * never reads every favorite of a blockbuster's fans. Ties within a
 * bound go to the smaller title id, so the same data gives the same set.
 */
public interface RecommendationCandidatesPort {
    List<Candidate> candidatesFor(Taste taste, CandidateBounds bounds);
}
