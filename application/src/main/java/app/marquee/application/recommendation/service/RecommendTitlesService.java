package app.marquee.application.recommendation.service;

import app.marquee.application.recommendation.port.in.RecommendTitlesQuery;
import app.marquee.application.recommendation.port.out.CandidateBounds;
import app.marquee.application.recommendation.port.out.FeatureFrequenciesPort;
import app.marquee.application.recommendation.port.out.LoadTastePort;
import app.marquee.application.recommendation.port.out.RecommendationCandidatesPort;
import app.marquee.domain.catalog.genre.GenreId;
import app.marquee.domain.catalog.person.PersonId;
import app.marquee.domain.catalog.title.TitleId;
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
import java.util.stream.Collectors;

/**
 * Loads the viewer's taste, draws the candidates, learns how common their genres and people are,
 * and lets the {@link RecommendationScorer} rank them. The candidates' status may come from a
 * cache: the picks' status is then read again, and a pick no longer published is dropped from the
 * pool and the rest ranked again, so the list is the one fresh figures would have given and never
 * holds a title put back in draft or archived. Reads only, in one transaction, so the history and
 * the candidates agree with each other.
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
        FeatureFrequencies frequencies = frequenciesFor(taste, drawn);
        List<Recommendation> picks = scorer.recommend(taste, drawn, frequencies, request.limit());
        Set<TitleId> confirmed = new HashSet<>();
        Set<TitleId> gone = unpublished(picks, confirmed);
        while (!gone.isEmpty()) {
            Set<TitleId> dropped = gone;
            drawn = drawn.stream().filter(candidate -> !dropped.contains(candidate.title().id())).toList();
            picks = scorer.recommend(taste, drawn, frequencies, request.limit());
            gone = unpublished(picks, confirmed);
        }
        return picks;
    }

    /** The picks not yet confirmed that are no longer published; the others join {@code confirmed}. */
    private Set<TitleId> unpublished(List<Recommendation> picks, Set<TitleId> confirmed) {
        List<TitleId> unchecked = picks.stream().map(Recommendation::titleId).filter(id -> !confirmed.contains(id))
                .toList();
        Set<TitleId> published = candidates.publishedAmong(unchecked);
        confirmed.addAll(published);
        return unchecked.stream().filter(id -> !published.contains(id)).collect(Collectors.toSet());
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
