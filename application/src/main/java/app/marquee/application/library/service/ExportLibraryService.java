package app.marquee.application.library.service;

import app.marquee.application.catalog.port.out.LoadTitlePort;
import app.marquee.application.library.port.in.ExportLibraryQuery;
import app.marquee.application.library.port.in.FavoriteEntry;
import app.marquee.application.library.port.in.PlaylistView;
import app.marquee.application.library.port.in.ProgressEntry;
import app.marquee.application.library.port.out.ExportLibraryPort;
import app.marquee.application.library.port.out.LoadEpisodesPort;
import app.marquee.domain.catalog.season.EpisodeId;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.favorite.Favorite;
import app.marquee.domain.library.playlist.Playlist;
import app.marquee.domain.library.playlist.PlaylistItem;
import app.marquee.domain.library.progress.EpisodeInSeries;
import app.marquee.domain.library.progress.WatchProgress;
import app.marquee.domain.library.reaction.TitleReaction;
import app.marquee.domain.library.review.Review;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the viewer's whole library in one transaction, then every title it names in one go and
 * every episode of the history in another, whatever their number. A title a library entry points
 * at cannot be deleted (it is archived instead), so each entry finds its title, whatever its
 * status now.
 */
@Singleton
public class ExportLibraryService implements ExportLibraryQuery {
    private final ExportLibraryPort library;
    private final LoadTitlePort titles;
    private final LoadEpisodesPort episodes;

    public ExportLibraryService(ExportLibraryPort library, LoadTitlePort titles, LoadEpisodesPort episodes) {
        this.library = library;
        this.titles = titles;
        this.episodes = episodes;
    }

    @Override
    @Transactional
    public LibraryExport export(AccountId viewer) {
        List<Favorite> favorites = library.favoritesOf(viewer);
        List<TitleReaction> reactions = library.reactionsOf(viewer);
        List<Review> reviews = library.reviewsOf(viewer);
        List<Playlist> playlists = library.playlistsOf(viewer);
        List<WatchProgress> history = library.historyOf(viewer);
        Map<TitleId, Title> byId = titles.byIds(Stream.of(
                        favorites.stream().map(Favorite::title),
                        reactions.stream().map(TitleReaction::title),
                        reviews.stream().map(Review::title),
                        playlists.stream().flatMap(p -> p.items().stream().map(PlaylistItem::titleId)),
                        history.stream().map(p -> p.item().title()))
                .flatMap(Function.identity()).distinct().toList())
                .stream().collect(Collectors.toMap(Title::id, Function.identity()));
        Map<EpisodeId, EpisodeInSeries> episodeById = episodes.byIds(history.stream()
                        .flatMap(p -> p.item().episode().stream()).distinct().toList())
                .stream().collect(Collectors.toMap(e -> e.episode().id(), Function.identity()));
        return new LibraryExport(
                favorites.stream().filter(f -> byId.containsKey(f.title()))
                        .map(f -> new FavoriteEntry(f, byId.get(f.title()))).toList(),
                reactions.stream().filter(r -> byId.containsKey(r.title()))
                        .map(r -> new ReactionEntry(r, byId.get(r.title()))).toList(),
                reviews.stream().filter(r -> byId.containsKey(r.title()))
                        .map(r -> new ReviewEntry(r, byId.get(r.title()))).toList(),
                playlists.stream().map(p -> new PlaylistView(p, p.items().stream().map(PlaylistItem::titleId)
                        .filter(byId::containsKey).collect(Collectors.toMap(Function.identity(), byId::get))))
                        .toList(),
                history.stream().filter(p -> byId.containsKey(p.item().title()))
                        .map(p -> new ProgressEntry(p, byId.get(p.item().title()),
                                p.item().episode().map(episodeById::get)))
                        .toList());
    }
}
