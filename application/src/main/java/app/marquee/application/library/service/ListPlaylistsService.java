package app.marquee.application.library.service;

import app.marquee.application.catalog.port.out.LoadTitlePort;
import app.marquee.application.library.playlist.PlaylistSummary;
import app.marquee.application.library.port.in.ListPlaylistsQuery;
import app.marquee.application.library.port.out.PlaylistsPort;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.library.LibraryRejection;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Pages through a viewer's playlists by name. One row more than the page is asked for, so that
 * the last page is known to be the last; the first titles of every playlist on the page are read
 * from the catalog in one go.
 */
@Singleton
public class ListPlaylistsService implements ListPlaylistsQuery {
    private final PlaylistsPort playlists;
    private final LoadTitlePort titles;

    public ListPlaylistsService(PlaylistsPort playlists, LoadTitlePort titles) {
        this.playlists = playlists;
        this.titles = titles;
    }

    @Override
    @Transactional
    public Outcome<PlaylistPage> list(Query query) {
        Optional<PlaylistSummary.Position> after = query.after().flatMap(PlaylistCursors::read);
        if (query.after().isPresent() && after.isEmpty()) {
            return Outcome.rejected(Rejection.onField(LibraryRejection.INVALID_CURSOR, "cursor"));
        }
        List<PlaylistSummary> found = playlists.ofOwner(query.owner(), after, query.limit() + 1);
        List<PlaylistSummary> page = found.size() > query.limit() ? found.subList(0, query.limit()) : found;
        Optional<String> next = found.size() > query.limit()
                ? Optional.of(PlaylistCursors.write(position(page.get(page.size() - 1)))) : Optional.empty();
        Map<TitleId, Title> covers = titles.byIds(page.stream().flatMap(p -> p.firstTitles().stream()).distinct()
                .toList()).stream().collect(Collectors.toMap(Title::id, Function.identity(), (a, b) -> a));
        return Outcome.accepted(new PlaylistPage(page.stream().map(summary -> new PlaylistCard(summary,
                summary.firstTitles().stream().map(covers::get).filter(Objects::nonNull).toList())).toList(), next));
    }

    private static PlaylistSummary.Position position(PlaylistSummary summary) {
        return new PlaylistSummary.Position(summary.name().key(), summary.id());
    }
}
