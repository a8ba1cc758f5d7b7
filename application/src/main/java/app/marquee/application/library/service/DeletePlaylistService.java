package app.marquee.application.library.service;

import app.marquee.application.catalog.port.out.LoadTitlePort;
import app.marquee.application.library.port.in.DeletePlaylistUseCase;
import app.marquee.application.library.port.out.PlaylistsPort;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.playlist.PlaylistId;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.Optional;

@Singleton
public class DeletePlaylistService implements DeletePlaylistUseCase {
    private final PlaylistsPort playlists;
    private final OwnedPlaylists owned;

    public DeletePlaylistService(PlaylistsPort playlists, LoadTitlePort titles) {
        this.playlists = playlists;
        this.owned = new OwnedPlaylists(playlists, titles);
    }

    @Override
    @Transactional
    public Outcome<PlaylistId> delete(AccountId owner, PlaylistId id, Optional<Long> expectedVersion) {
        return owned.lock(owner, id, expectedVersion).map(playlist -> {
            playlists.delete(playlist.id());
            return playlist.id();
        });
    }
}
