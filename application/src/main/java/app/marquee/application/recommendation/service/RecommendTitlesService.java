package app.marquee.application.recommendation.service;

import app.marquee.application.recommendation.port.in.RecommendTitlesQuery;
import app.marquee.application.recommendation.port.out.CandidateBounds;
import app.marquee.application.recommendation.port.out.FeatureFrequenciesPort;
import app.marquee.application.recommendation.port.out.LoadTastePort;
import app.marquee.application.recommendation.port.out.RecommendationCandidatesPort;
import app.marquee.domain.catalog.genre.GenreId;
import app.marquee.domain.catalog.person.PersonId;
import app.marquee.domain.recommendation.Candidate;
import app.marquee.domain.recommendation.CreditedPerson;
import app.marquee.domain.recommendation.FeatureFrequencies;
import app.marquee.domain.recommendation.Recommendation;
import app.marquee.domain.recommendation.RecommendationScorer;
import app.marquee.domain.recommendation.Taste;
import app.marquee.domain.recommendation.TasteEntry;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Loads the viewer's taste, draws the candidates, learns how common their genres and people are,
 * and lets the {@link RecommendationScorer} rank them. Reads only, in one transaction, so the
 * history and the candidates agree with each other.
 */
@Singleton
public class RecommendTitlesService implements RecommendTitlesQuery {
    /** The most recent titles of a history that count; older ones are only kept out of the list. */
    static final int MAX_TASTE_TITLES = 200;

    private final LoadTastePort tastes;
    private final RecommendationCandidatesPort candidates;
    private final FeatureFrequenciesPort frequencies;
    private final RecommendationScorer scorer = RecommendationScorer.standard();

    public RecommendTitlesService(LoadTastePort tastes, RecommendationCandidatesPort candidates,
                                  FeatureFrequenciesPort frequencies) {
        this.tastes = tastes;
        this.candidates = candidates;
        this.frequencies = frequencies;
    }

    @Override
    @Transactional
    public List<Recommendation> recommend(Request request) {
        Taste taste = tastes.tasteOf(request.viewer(), MAX_TASTE_TITLES);
        List<Candidate> drawn = candidates.candidatesFor(taste, CandidateBounds.STANDARD);
        if (drawn.isEmpty()) {
            return List.of();
        }
        return scorer.recommend(taste, drawn, frequenciesFor(taste, drawn), request.limit());
    }

    /** Every genre (for the genre cosine) but only the taste's people: a rarity counts only when shared. */
    private FeatureFrequencies frequenciesFor(Taste taste, List<Candidate> drawn) {
        Set<GenreId> genres = new HashSet<>();
        Set<PersonId> people = new HashSet<>();
        for (TasteEntry entry : taste.entries()) {
            genres.addAll(entry.title().genres());
            entry.title().people().stream().map(CreditedPerson::id).forEach(people::add);
        }
        drawn.forEach(candidate -> genres.addAll(candidate.title().genres()));
        return frequencies.frequenciesOf(genres, people);
    }
}
