package app.marquee.application.recommendation.port.out;

import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.recommendation.Candidate;
import app.marquee.domain.recommendation.Taste;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The titles worth scoring for a viewer: a bounded set drawn from what the viewer's liked titles
 * (favorited, finished, liked, not disliked) have in common with the catalog, and from other
 * accounts' favorites.
 *
 * <p>What the adapter guarantees: the union of the sources {@link CandidateBounds} lists, each
 * title once; only titles {@code PUBLISHED} when last read (see below); none of
 * {@link Taste#seen()} (the scorer drops them too, but they waste the bounds). Each candidate carries the features {@link LoadTastePort} gives
 * (favorite count included), except that its people are only those credited on a title of the
 * taste: the scorer compares a candidate's people with the taste's and nothing else. For every
 * liked title of the taste that keeps the candidate among its co-favorites ({@link CoFavoritesPort}),
 * the number of accounts whose favorites hold both; a pair without is left out of the map. Kept
 * co-favorites lag the favorites until their refresh has recomputed what a change touched, and
 * are counted over a fixed sample of a very large audience (an estimate, the same for the same
 * data), so that a request never reads every favorite of a blockbuster's fans. Ties within a bound
 * go to the smaller title id, so the same stored figures give the same set. Figures a store caches
 * (the most popular titles of a person, a genre or the catalog, the candidates' features) may be a
 * few minutes old, and so may a candidate's status: {@link #publishedAmong} is the status now.
 *
 * <p>{@code publishedAmong(titles)}: those of {@code titles} that are published now, read from the
 * store itself, never from a cache, so a title put back in draft or archived a moment ago is not
 * among them (and a store that caches forgets it).
 */
public interface RecommendationCandidatesPort {
    List<Candidate> candidatesFor(Taste taste, CandidateBounds bounds);

    Set<TitleId> publishedAmong(Collection<TitleId> titles);
}
