package app.marquee.adapter.persistence.recommendation;

import app.marquee.domain.catalog.person.PersonId;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.recommendation.CreditedPerson;
import app.marquee.domain.recommendation.TitleFeatures;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The candidates' features, kept per instance: a viewer's pool is some 1,200 titles, and reading
 * them (rows, audience, credits) was most of a recommendation's time, while most of them are in
 * every viewer's pool (the most popular titles, each genre's top titles) and change rarely.
 *
 * <p>What is kept: each title's features with all its credits, for
 * {@code marquee.recommendations.frequencies-ttl} (5 minutes) from when it was read, for at most
 * {@value #MAX_TITLES} titles (a kilobyte or a few each, some 20 MB or more; past that the least used
 * leave first). A
 * title kept as not published (drafts among the co-favorites) has its status read again every
 * time, by key, and is read whole again once published, so a title published a moment ago is
 * drawn at once.
 *
 * <p>Why it is safe: the status of what is finally recommended is read again from the database
 * ({@link RecommendationCandidatesPersistenceAdapter#publishedAmong}), in the request's
 * transaction, on every instance, and a title found unpublished there is forgotten here and
 * replaced by the next best: a title put back in draft or archived is never recommended, even a
 * moment later. What may lag by up to the time to live is the rest: popularity (itself
 * recomputed every 10 minutes), the number of favorites, and an edit of genres, year, languages
 * or credits. The people's names are never taken from here: a candidate is credited with the
 * taste's people only, under the names the taste was just read with.
 *
 * <p>The viewer's own titles are read through here too ({@link TasteFeatures}), with their status,
 * their names and their people's names read again on every call.
 */
@Singleton
class CandidateFeatures {
    static final int MAX_TITLES = 20_000;
    private final TitleFeaturesReader reader;
    private final RecommendationRepository repository;
    private final ExpiringCache<TitleFeatures> kept;

    CandidateFeatures(TitleFeaturesReader reader, RecommendationRepository repository,
                      @Value("${marquee.recommendations.frequencies-ttl:5m}") Duration ttl) {
        this.reader = reader;
        this.repository = repository;
        this.kept = new ExpiringCache<>(ttl, MAX_TITLES);
    }

    /** The titles found, each credited with the given people only (when credited on it), under their given names. */
    Map<TitleId, TitleFeatures> featuresOf(Set<UUID> ids, Map<PersonId, String> people) {
        Map<UUID, TitleFeatures> all = new HashMap<>(kept.get(ids, this::read));
        Set<UUID> unpublished = all.values().stream().filter(title -> !title.isPublished())
                .map(title -> title.id().value()).collect(Collectors.toSet());
        if (!unpublished.isEmpty()) {
            List<UUID> publishedSince = repository.publishedAmong(unpublished.stream().map(UUID::toString)
                    .toArray(String[]::new));
            kept.forget(publishedSince);
            all.putAll(kept.get(Set.copyOf(publishedSince), this::read));
        }
        Map<TitleId, TitleFeatures> features = new HashMap<>();
        all.values().forEach(title -> features.put(title.id(), creditedWith(title, people)));
        return features;
    }

    /**
     * The titles found, whole (every credit), as kept: status, title names and people's names may
     * be as old as the time to live, so a caller showing them reads them again
     * ({@link TasteFeatures} does).
     */
    Map<UUID, TitleFeatures> whole(Set<UUID> ids) {
        return kept.get(ids, this::read);
    }

    private Map<UUID, TitleFeatures> read(Set<UUID> ids) {
        return reader.featuresOf(ids).entrySet().stream()
                .collect(Collectors.toMap(entry -> entry.getKey().value(), Map.Entry::getValue));
    }

    /** Forgets these titles: their next read comes from the database. */
    void forget(Collection<TitleId> titles) {
        kept.forget(titles.stream().map(TitleId::value).toList());
    }

    private static TitleFeatures creditedWith(TitleFeatures title, Map<PersonId, String> people) {
        Set<CreditedPerson> shared = title.people().stream().filter(person -> people.containsKey(person.id()))
                .map(person -> new CreditedPerson(person.id(), people.get(person.id()), person.role()))
                .collect(Collectors.toSet());
        return new TitleFeatures(title.id(), title.name(), title.status(), title.genres(), shared,
                title.releaseYear(), title.languages(), title.popularity(), title.favoriteCount());
    }
}
