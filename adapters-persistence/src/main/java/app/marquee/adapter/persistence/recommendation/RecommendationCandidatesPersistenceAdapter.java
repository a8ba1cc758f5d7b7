package app.marquee.adapter.persistence.recommendation;

import app.marquee.adapter.persistence.recommendation.KeptCoFavorites.CoFavorite;
import app.marquee.application.recommendation.port.out.CandidateBounds;
import app.marquee.application.recommendation.port.out.RecommendationCandidatesPort;
import app.marquee.domain.catalog.genre.GenreId;
import app.marquee.domain.catalog.person.PersonId;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.recommendation.Candidate;
import app.marquee.domain.recommendation.CreditedPerson;
import app.marquee.domain.recommendation.Taste;
import app.marquee.domain.recommendation.TasteEntry;
import app.marquee.domain.recommendation.TitleFeatures;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Draws the candidates: per person of the liked titles their most popular published titles (as
 * {@link PeoplesTitles} keeps them), per genre of the liked titles its most popular published
 * titles and the catalog's most popular ones (as {@link PopularTitles} keeps them), and per liked
 * title the {@code coFavoritedPerTitle} titles most often favorited with it (as the co-favorites
 * job computes them, see {@link CoFavoritesPersistenceAdapter}, and {@link KeptCoFavorites} keeps
 * them), never one the viewer has seen; each candidate comes with its co-favorite count with every
 * liked title that keeps it among its co-favorites. Then their features, credited with the taste's
 * people only, as {@link CandidateFeatures} keeps them (a few minutes old at most, their status
 * confirmed by {@link #publishedAmong} for what is finally recommended). A person keeps
 * {@value PeoplesTitles#KEPT} titles, a genre and the catalog {@value PopularTitles#KEPT}, a title
 * {@value CoFavoritesPersistenceAdapter#KEPT} co-favorites: a viewer who has seen more of them
 * than that allows gets fewer of them.
 */
@Singleton
public class RecommendationCandidatesPersistenceAdapter implements RecommendationCandidatesPort {
    private final RecommendationRepository repository;
    private final CandidateFeatures features;
    private final PeoplesTitles peoplesTitles;
    private final PopularTitles popularTitles;
    private final KeptCoFavorites keptCoFavorites;

    RecommendationCandidatesPersistenceAdapter(RecommendationRepository repository, CandidateFeatures features,
                                               PeoplesTitles peoplesTitles, PopularTitles popularTitles,
                                               KeptCoFavorites keptCoFavorites) {
        this.repository = repository;
        this.features = features;
        this.peoplesTitles = peoplesTitles;
        this.popularTitles = popularTitles;
        this.keptCoFavorites = keptCoFavorites;
    }

    @Override
    public List<Candidate> candidatesFor(Taste taste, CandidateBounds bounds) {
        Set<UUID> liked = new HashSet<>();
        Set<UUID> people = new HashSet<>();
        Set<UUID> genres = new HashSet<>();
        Map<PersonId, String> tastePeople = new HashMap<>();
        taste.entries().forEach(entry -> entry.title().people()
                .forEach(person -> tastePeople.put(person.id(), person.name())));
        for (TasteEntry entry : taste.liked()) {
            liked.add(entry.title().id().value());
            entry.title().people().stream().map(CreditedPerson::id).forEach(id -> people.add(id.value()));
            entry.title().genres().stream().map(GenreId::value).forEach(genres::add);
        }
        Set<UUID> seen = taste.seen().stream().map(TitleId::value).collect(Collectors.toSet());
        Map<UUID, List<CoFavorite>> coFavorites = keptCoFavorites.of(liked);
        Map<UUID, Map<TitleId, Long>> drawn = new TreeMap<>();
        peoplesTitles.mostPopular(people, seen, bounds.perPerson()).forEach(id -> drawn.put(id, new HashMap<>()));
        popularTitles.ofGenres(genres, seen, bounds.perGenre()).forEach(id -> drawn.put(id, new HashMap<>()));
        popularTitles.overall(seen, bounds.popular()).forEach(id -> drawn.put(id, new HashMap<>()));
        coFavorites.values().forEach(strongestFirst -> strongestFirst.stream()
                .filter(coFavorite -> !seen.contains(coFavorite.id())).limit(bounds.coFavoritedPerTitle())
                .forEach(coFavorite -> drawn.putIfAbsent(coFavorite.id(), new HashMap<>())));
        coFavorites.forEach((likedId, strongestFirst) -> strongestFirst.stream()
                .filter(coFavorite -> drawn.containsKey(coFavorite.id()) && coFavorite.together() > 0)
                .forEach(coFavorite -> drawn.get(coFavorite.id()).put(new TitleId(likedId), coFavorite.together())));
        Map<TitleId, TitleFeatures> loaded = features.featuresOf(drawn.keySet(), tastePeople);
        return drawn.entrySet().stream()
                .filter(entry -> loaded.containsKey(new TitleId(entry.getKey()))
                        && loaded.get(new TitleId(entry.getKey())).isPublished())
                .map(entry -> new Candidate(loaded.get(new TitleId(entry.getKey())), entry.getValue())).toList();
    }

    /** Read from the database, never kept; a title found unpublished is forgotten by the cache too. */
    @Override
    public Set<TitleId> publishedAmong(Collection<TitleId> titles) {
        if (titles.isEmpty()) {
            return Set.of();
        }
        Set<TitleId> published = repository.publishedAmong(titles.stream().map(id -> id.value().toString())
                .distinct().toArray(String[]::new)).stream().map(TitleId::new).collect(Collectors.toSet());
        features.forget(titles.stream().filter(id -> !published.contains(id)).toList());
        return published;
    }
}
