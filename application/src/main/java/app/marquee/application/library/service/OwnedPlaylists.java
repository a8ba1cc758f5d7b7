package app.marquee.application.library.service;

import app.marquee.application.catalog.port.out.LoadTitlePort;
import app.marquee.application.library.port.in.PlaylistView;
import app.marquee.application.library.port.out.PlaylistsPort;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.LibraryRejection;
import app.marquee.domain.library.playlist.Playlist;
import app.marquee.domain.library.playlist.PlaylistId;
import app.marquee.domain.library.playlist.PlaylistItem;
import app.marquee.domain.shared.Outcome;

import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The steps every write to a playlist shares. The playlist is looked up with its owner, so
 * another viewer's is PLAYLIST_NOT_FOUND like a missing one, and locked, so concurrent writers
 * take turns. A client that says which version it changed (its If-Match) is refused with
 * VERSION_MISMATCH when the playlist has moved on, seen on loading or, after a race, on saving.
 */
final class OwnedPlaylists {
    private final PlaylistsPort playlists;
    private final LoadTitlePort titles;

    OwnedPlaylists(PlaylistsPort playlists, LoadTitlePort titles) {
        this.playlists = playlists;
        this.titles = titles;
    }

    Outcome<Playlist> lock(AccountId owner, PlaylistId id, Optional<Long> expectedVersion) {
        Optional<Playlist> found = playlists.lockOwnedBy(owner, id);
        if (found.isEmpty()) {
            return Outcome.rejected(LibraryRejection.PLAYLIST_NOT_FOUND);
        }
        if (expectedVersion.filter(expected -> expected != found.get().version()).isPresent()) {
            return Outcome.rejected(LibraryRejection.VERSION_MISMATCH);
        }
        return Outcome.accepted(found.get());
    }

    Outcome<PlaylistView> save(Playlist changed, Optional<Long> expectedVersion) {
        Outcome<Playlist> saved = playlists.update(changed);
        return (expectedVersion.isPresent()
                ? saved.recast(LibraryRejection.CONCURRENT_UPDATE, LibraryRejection.VERSION_MISMATCH) : saved)
                .map(this::view);
    }

    /** The playlist with the catalog's titles of its items, whatever their status now. */
    PlaylistView view(Playlist playlist) {
        return new PlaylistView(playlist, titles.byIds(playlist.items().stream().map(PlaylistItem::titleId).toList())
                .stream().collect(Collectors.toMap(Title::id, Function.identity(), (a, b) -> a)));
    }
}
