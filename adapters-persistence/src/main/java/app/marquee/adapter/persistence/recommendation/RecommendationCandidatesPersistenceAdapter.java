package app.marquee.adapter.persistence.recommendation;

import app.marquee.application.recommendation.port.out.CandidateBounds;
import app.marquee.application.recommendation.port.out.RecommendationCandidatesPort;
import app.marquee.domain.catalog.genre.GenreId;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.recommendation.Candidate;
import app.marquee.domain.recommendation.CreditedPerson;
import app.marquee.domain.recommendation.Taste;
import app.marquee.domain.recommendation.TasteEntry;
import app.marquee.domain.recommendation.TitleFeatures;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Draws the candidates in one statement ({@link RecommendationSql#CANDIDATES}): per person and per
 * genre of the liked titles their most popular published titles, per liked title the titles most
 * often favorited with it, and the most popular titles, never one the viewer has seen; then reads
 * their features. Co-favorites are counted over a fixed sample of each liked title's audience
 * ({@value #FANS_PER_TITLE} accounts, their {@value #FAVORITES_PER_FAN} latest favorites each) and
 * scaled to the whole audience: exact for most titles, an estimate for the few that very many
 * accounts favorite, whose full audience no request could read in time.
 */
@Singleton
public class RecommendationCandidatesPersistenceAdapter implements RecommendationCandidatesPort {
    static final int FANS_PER_TITLE = 100;
    static final int FAVORITES_PER_FAN = 30;
    private final RecommendationRepository repository;
    private final TitleFeaturesReader features;

    RecommendationCandidatesPersistenceAdapter(RecommendationRepository repository, TitleFeaturesReader features) {
        this.repository = repository;
        this.features = features;
    }

    @Override
    public List<Candidate> candidatesFor(Taste taste, CandidateBounds bounds) {
        Set<String> liked = new TreeSet<>();
        Set<String> people = new TreeSet<>();
        Set<String> genres = new TreeSet<>();
        for (TasteEntry entry : taste.liked()) {
            liked.add(entry.title().id().value().toString());
            entry.title().people().stream().map(CreditedPerson::id).forEach(id -> people.add(id.value().toString()));
            entry.title().genres().stream().map(GenreId::value).forEach(id -> genres.add(id.toString()));
        }
        String[] seen = taste.seen().stream().map(id -> id.value().toString()).sorted().toArray(String[]::new);
        Map<UUID, Map<TitleId, Long>> drawn = new LinkedHashMap<>();
        repository.planWithValues();
        for (CandidatePairRow row : repository.candidates(liked.toArray(String[]::new), people.toArray(String[]::new), genres.toArray(String[]::new), seen,
                bounds.perPerson(), bounds.perGenre(), bounds.coFavoritedPerTitle(), bounds.popular(),
                FANS_PER_TITLE, FAVORITES_PER_FAN)) {
            Map<TitleId, Long> together = drawn.computeIfAbsent(row.candidateId(), id -> new HashMap<>());
            if (row.likedId() != null && row.together() != null && row.together() > 0) {
                together.put(new TitleId(row.likedId()), row.together());
            }
        }
        Map<TitleId, TitleFeatures> loaded = features.featuresOf(drawn.keySet());
        return drawn.entrySet().stream()
                .filter(entry -> loaded.containsKey(new TitleId(entry.getKey()))
                        && loaded.get(new TitleId(entry.getKey())).isPublished())
                .map(entry -> new Candidate(loaded.get(new TitleId(entry.getKey())), entry.getValue())).toList();
    }
}
