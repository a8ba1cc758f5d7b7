package app.marquee.application.library.service;

import app.marquee.application.catalog.port.out.LoadTitlePort;
import app.marquee.application.library.port.in.PlaylistView;
import app.marquee.application.library.port.in.ViewPlaylistQuery;
import app.marquee.application.library.port.out.PlaylistsPort;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.LibraryRejection;
import app.marquee.domain.library.playlist.PlaylistId;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

@Singleton
public class ViewPlaylistService implements ViewPlaylistQuery {
    private final PlaylistsPort playlists;
    private final OwnedPlaylists owned;

    public ViewPlaylistService(PlaylistsPort playlists, LoadTitlePort titles) {
        this.playlists = playlists;
        this.owned = new OwnedPlaylists(playlists, titles);
    }

    @Override
    @Transactional
    public Outcome<PlaylistView> view(AccountId owner, PlaylistId id) {
        return playlists.ownedBy(owner, id).map(owned::view).<Outcome<PlaylistView>>map(Outcome::accepted)
                .orElseGet(() -> Outcome.rejected(LibraryRejection.PLAYLIST_NOT_FOUND));
    }
}
