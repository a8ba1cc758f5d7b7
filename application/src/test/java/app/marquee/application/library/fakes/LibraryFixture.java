package app.marquee.application.library.fakes;

import app.marquee.application.catalog.fakes.CatalogFixture;
import app.marquee.application.identity.fakes.MutableClock;
import app.marquee.application.library.service.LibraryTitles;
import app.marquee.domain.catalog.season.Episode;
import app.marquee.domain.catalog.season.EpisodeId;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleKind;
import app.marquee.domain.catalog.title.TitleStatus;
import app.marquee.domain.identity.account.AccountId;

import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The in-memory catalog and library the library's service tests start from, with a clock the
 * test moves on. Films run 120 minutes (7,200 seconds), episodes 45 (2,700 seconds).
 */
public final class LibraryFixture {
    public static final int FILM_SECONDS = 7_200;
    public static final int EPISODE_SECONDS = 2_700;

    public final CatalogFixture catalog = new CatalogFixture();
    public final MutableClock clock = new MutableClock(CatalogFixture.NOW);
    public final LibraryTitles titles = new LibraryTitles(catalog.titles);
    public final InMemoryWatchProgress progress = new InMemoryWatchProgress();
    public final InMemoryEpisodes episodes = new InMemoryEpisodes(catalog.seasons);
    public final InMemoryFavorites favorites = new InMemoryFavorites();
    public final InMemoryReactions reactions = new InMemoryReactions();
    public final InMemoryReviews reviews = new InMemoryReviews();
    public final InMemoryPlaylists playlists = new InMemoryPlaylists();
    public final InMemoryLibrary library = new InMemoryLibrary(favorites, reactions, reviews, playlists, progress);

    public Title film(String name) {
        return film(name, TitleStatus.PUBLISHED);
    }

    public Title film(String name, TitleStatus status) {
        return catalog.title(TitleKind.MOVIE, CatalogFixture.movieDetails(name, Set.of(), List.of()), status);
    }

    public Title published(String name) {
        return catalog.movie(name, TitleStatus.PUBLISHED);
    }

    /** A published series of {@code seasons} seasons (1, 2, ...) of {@code perSeason} episodes each. */
    public Title series(String name, int seasons, int perSeason) {
        Title series = catalog.title(TitleKind.SERIES,
                CatalogFixture.details(name, 2011, OptionalInt.empty(), Set.of(), List.of()), TitleStatus.PUBLISHED);
        IntStream.rangeClosed(1, seasons).forEach(number -> catalog.season(series, number,
                IntStream.rangeClosed(1, perSeason).mapToObj(n -> CatalogFixture.episode(n, "S" + number + "E" + n))
                        .toArray(Episode[]::new)));
        episodes.know(series.id());
        return series;
    }

    public EpisodeId episode(Title series, int season, int number) {
        return catalog.seasons.stored(series.id(), season).episode(number).orElseThrow().id();
    }

    public AccountId viewer(String displayName) {
        AccountId id = AccountId.newId();
        reviews.name(id, displayName);
        return id;
    }

    public void later(Duration by) {
        clock.advance(by);
    }
}
