package app.marquee.application.recommendation.fakes;

import app.marquee.application.recommendation.port.out.CandidateBounds;
import app.marquee.application.recommendation.port.out.FeatureFrequenciesPort;
import app.marquee.application.recommendation.port.out.LoadTastePort;
import app.marquee.application.recommendation.port.out.RecommendationCandidatesPort;
import app.marquee.domain.catalog.genre.GenreId;
import app.marquee.domain.catalog.person.PersonId;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.recommendation.Candidate;
import app.marquee.domain.recommendation.CreditedPerson;
import app.marquee.domain.recommendation.FeatureFrequencies;
import app.marquee.domain.recommendation.Signal;
import app.marquee.domain.recommendation.Taste;
import app.marquee.domain.recommendation.TasteEntry;
import app.marquee.domain.recommendation.TitleFeatures;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The catalog and every account's history, kept in memory, answering the three recommendation
 * ports as their Javadoc says the SQL adapter must: favorite counts from the favorites, published
 * titles only, the bounds per source, co-favorite counts from other accounts. A history is kept
 * in the order it happened; {@link #tasteOf} keeps its most recent titles.
 */
public final class InMemoryViewing implements LoadTastePort, RecommendationCandidatesPort, FeatureFrequenciesPort {
    private final Map<TitleId, TitleFeatures> titles = new LinkedHashMap<>();
    private final Map<AccountId, Map<TitleId, EnumSet<Signal>>> histories = new LinkedHashMap<>();
    private final List<CandidateBounds> boundsAsked = new ArrayList<>();
    private List<Candidate> extraCandidates = List.of();
    private final Set<TitleId> withdrawn = new HashSet<>();
    private final List<Set<TitleId>> statusAsked = new ArrayList<>();

    public TitleFeatures add(TitleFeatures title) {
        titles.put(title.id(), title);
        return title;
    }

    public void record(AccountId account, Signal signal, TitleFeatures... watched) {
        Map<TitleId, EnumSet<Signal>> history = histories.computeIfAbsent(account, a -> new LinkedHashMap<>());
        for (TitleFeatures title : watched) {
            history.computeIfAbsent(title.id(), t -> EnumSet.noneOf(Signal.class)).add(signal);
        }
    }

    /** Makes the candidates port misbehave: these come back too, whatever they are. */
    public void alsoReturn(Candidate... candidates) {
        this.extraCandidates = List.of(candidates);
    }

    /**
     * Puts the title back in draft as a cache would miss it: still drawn as published, but no
     * longer published for {@link #publishedAmong}.
     */
    public void withdrawBehindTheCache(TitleFeatures title) {
        withdrawn.add(title.id());
    }

    /** The titles whose status was asked, one set per call. */
    public List<Set<TitleId>> statusAsked() {
        return statusAsked;
    }

    public List<CandidateBounds> boundsAsked() {
        return boundsAsked;
    }

    @Override
    public Taste tasteOf(AccountId viewer, int maxTitles) {
        List<Map.Entry<TitleId, EnumSet<Signal>>> history =
                new ArrayList<>(histories.getOrDefault(viewer, Map.of()).entrySet());
        int cut = Math.max(0, history.size() - maxTitles);
        List<TasteEntry> recent = history.subList(cut, history.size()).stream()
                .map(entry -> new TasteEntry(withAudience(titles.get(entry.getKey())), entry.getValue())).toList();
        Set<TitleId> older = new LinkedHashSet<>();
        history.subList(0, cut).forEach(entry -> older.add(entry.getKey()));
        return new Taste(recent, older);
    }

    @Override
    public List<Candidate> candidatesFor(Taste taste, CandidateBounds bounds) {
        boundsAsked.add(bounds);
        Set<TitleId> seen = taste.seen();
        List<TitleFeatures> published = titles.values().stream()
                .filter(TitleFeatures::isPublished).filter(title -> !seen.contains(title.id()))
                .sorted(Comparator.comparingLong(TitleFeatures::popularity).reversed()
                        .thenComparing(title -> title.id().value())).toList();
        Set<TitleId> drawn = new LinkedHashSet<>();
        published.stream().limit(bounds.popular()).forEach(title -> drawn.add(title.id()));
        for (TasteEntry liked : taste.liked()) {
            for (CreditedPerson person : liked.title().people()) {
                published.stream().filter(title -> title.people().stream().anyMatch(p -> p.id().equals(person.id())))
                        .limit(bounds.perPerson()).forEach(title -> drawn.add(title.id()));
            }
            for (GenreId genre : liked.title().genres()) {
                published.stream().filter(title -> title.genres().contains(genre))
                        .limit(bounds.perGenre()).forEach(title -> drawn.add(title.id()));
            }
            published.stream().filter(title -> together(title.id(), liked.title().id()) > 0)
                    .sorted(Comparator.comparingLong((TitleFeatures title) -> together(title.id(), liked.title().id()))
                            .reversed().thenComparing(title -> title.id().value()))
                    .limit(bounds.coFavoritedPerTitle()).forEach(title -> drawn.add(title.id()));
        }
        List<Candidate> candidates = drawn.stream().map(id -> candidate(id, taste)).toList();
        return Stream.concat(candidates.stream(), extraCandidates.stream()).toList();
    }

    @Override
    public Set<TitleId> publishedAmong(Collection<TitleId> asked) {
        statusAsked.add(Set.copyOf(asked));
        return asked.stream().filter(id -> titles.containsKey(id) && titles.get(id).isPublished()
                && !withdrawn.contains(id)).collect(Collectors.toSet());
    }

    @Override
    public FeatureFrequencies frequenciesOf(Set<GenreId> genres, Set<PersonId> people) {
        List<TitleFeatures> published = titles.values().stream().filter(TitleFeatures::isPublished).toList();
        Map<GenreId, Long> perGenre = new HashMap<>();
        genres.forEach(genre -> perGenre.put(genre, published.stream().filter(t -> t.genres().contains(genre)).count()));
        Map<PersonId, Long> perPerson = new HashMap<>();
        people.forEach(person -> perPerson.put(person, published.stream()
                .filter(t -> t.people().stream().anyMatch(p -> p.id().equals(person))).count()));
        return new FeatureFrequencies(published.size(), perGenre, perPerson);
    }

    private Candidate candidate(TitleId id, Taste taste) {
        Map<TitleId, Long> coFavorites = new HashMap<>();
        taste.liked().forEach(liked -> {
            long count = together(id, liked.title().id());
            if (count > 0) {
                coFavorites.put(liked.title().id(), count);
            }
        });
        return new Candidate(withAudience(titles.get(id)), coFavorites);
    }

    private long together(TitleId one, TitleId other) {
        return histories.values().stream().filter(history -> favorites(history, one) && favorites(history, other)).count();
    }

    private long favoriteCount(TitleFeatures title) {
        return histories.values().stream().filter(history -> favorites(history, title.id())).count();
    }

    private static boolean favorites(Map<TitleId, EnumSet<Signal>> history, TitleId title) {
        return history.getOrDefault(title, EnumSet.noneOf(Signal.class)).contains(Signal.FAVORITE);
    }

    private TitleFeatures withAudience(TitleFeatures title) {
        return new TitleFeatures(title.id(), title.name(), title.status(), title.genres(), title.people(),
                title.releaseYear(), title.languages(), title.popularity(), favoriteCount(title));
    }
}
