package app.marquee.application.library.service;

import app.marquee.application.catalog.port.out.LoadTitlePort;
import app.marquee.application.library.port.in.CreatePlaylistUseCase;
import app.marquee.application.library.port.in.PlaylistView;
import app.marquee.application.library.port.out.PlaylistsPort;
import app.marquee.domain.library.playlist.Playlist;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;

/** The store keeps names unique per viewer and answers PLAYLIST_NAME_TAKEN, so two racing creates cannot both win. */
@Singleton
public class CreatePlaylistService implements CreatePlaylistUseCase {
    private final PlaylistsPort playlists;
    private final OwnedPlaylists owned;
    private final Clock clock;

    public CreatePlaylistService(PlaylistsPort playlists, LoadTitlePort titles, Clock clock) {
        this.playlists = playlists;
        this.owned = new OwnedPlaylists(playlists, titles);
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<PlaylistView> create(Command command) {
        return playlists.add(Playlist.create(command.owner(), command.name(), command.description(), clock.instant()))
                .map(owned::view);
    }
}
