package app.marquee.application.catalog.fakes;

import app.marquee.domain.catalog.genre.Genre;
import app.marquee.domain.catalog.genre.GenreId;
import app.marquee.domain.catalog.person.Person;
import app.marquee.domain.catalog.season.Episode;
import app.marquee.domain.catalog.season.EpisodeId;
import app.marquee.domain.catalog.season.Season;
import app.marquee.domain.catalog.season.SeasonId;
import app.marquee.domain.catalog.shared.LocalizedName;
import app.marquee.domain.catalog.title.Credit;
import app.marquee.domain.catalog.title.LanguageCode;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleDetails;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.catalog.title.TitleKind;
import app.marquee.domain.catalog.title.TitleStatus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** The in-memory catalog every service test starts from, and titles, genres and people in a known state. */
public final class CatalogFixture {
    public static final Instant NOW = Instant.parse("2026-05-01T09:00:00Z");
    public static final Instant CREATED = NOW.minus(Duration.ofDays(30));

    public final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    public final InMemorySeasons seasons = new InMemorySeasons();
    public final InMemoryTitles titles = new InMemoryTitles(seasons);
    public final InMemoryGenres genres = new InMemoryGenres(titles);
    public final InMemoryPeople people = new InMemoryPeople(titles);
    public final FakeTitleReferences references = new FakeTitleReferences();
    public final FakeTitleSearch search = new FakeTitleSearch();

    public Genre genre(String slug) {
        return genres.seed(Genre.create(slug, new LocalizedName(slug + " (en)", slug + " (fr)")));
    }

    public Person person(String name) {
        return people.seed(Person.create(name));
    }

    /** A film drafted a month ago and stored. */
    public Title movie(TitleDetails details) {
        return titles.seed(Title.draft(TitleKind.MOVIE, details, CREATED).orElseThrow(CatalogFixture::seedFailed));
    }

    public Title movie(String name) {
        return movie(movieDetails(name, Set.of(), List.of()));
    }

    public Title series(String name) {
        return titles.seed(Title.draft(TitleKind.SERIES, seriesDetails(name), CREATED)
                .orElseThrow(CatalogFixture::seedFailed));
    }

    /** A title stored in {@code status}, at version 3 as if edited a few times since its draft. */
    public Title title(TitleKind kind, TitleDetails details, TitleStatus status) {
        return titles.seed(Title.rehydrate(TitleId.newId(), kind, details, status, Map.of(), CREATED, CREATED, 3));
    }

    public Title movie(String name, TitleStatus status) {
        return title(TitleKind.MOVIE, movieDetails(name, Set.of(), List.of()), status);
    }

    public Season season(Title series, int number, Episode... episodes) {
        return seasons.seed(Season.rehydrate(SeasonId.newId(), series.id(), number, Optional.empty(),
                Arrays.asList(episodes), 0));
    }

    public static Episode episode(int number, String name) {
        return new Episode(EpisodeId.newId(), number, name, "", 45);
    }

    public static TitleDetails movieDetails(String name, Set<GenreId> genres, List<Credit> credits) {
        return details(name, 1999, OptionalInt.of(120), genres, credits);
    }

    public static TitleDetails seriesDetails(String name) {
        return details(name, 2011, OptionalInt.empty(), Set.of(), List.of());
    }

    public static TitleDetails details(String name, int year, OptionalInt runtime, Set<GenreId> genres,
                                       List<Credit> credits) {
        return new TitleDetails(name, Optional.empty(), "A story.", year, runtime, genres, Optional.of("12"),
                credits, Set.of(new LanguageCode("en")), Set.of(new LanguageCode("fr")), Optional.empty());
    }

    private static IllegalStateException seedFailed(Object rejection) {
        return new IllegalStateException("cannot seed: " + rejection);
    }
}
