package app.marquee.application.library.service;

import app.marquee.application.catalog.port.out.LoadTitlePort;
import app.marquee.application.library.port.in.MovePlaylistItemUseCase;
import app.marquee.application.library.port.in.PlaylistView;
import app.marquee.application.library.port.out.PlaylistsPort;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;

@Singleton
public class MovePlaylistItemService implements MovePlaylistItemUseCase {
    private final OwnedPlaylists owned;
    private final Clock clock;

    public MovePlaylistItemService(PlaylistsPort playlists, LoadTitlePort titles, Clock clock) {
        this.owned = new OwnedPlaylists(playlists, titles);
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<PlaylistView> move(Command command) {
        return owned.lock(command.owner(), command.id(), command.expectedVersion())
                .flatMap(playlist -> playlist.move(command.titleId(), command.position(), clock.instant()))
                .flatMap(changed -> owned.save(changed, command.expectedVersion()));
    }
}
