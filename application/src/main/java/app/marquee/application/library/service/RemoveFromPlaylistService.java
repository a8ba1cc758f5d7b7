package app.marquee.application.library.service;

import app.marquee.application.catalog.port.out.LoadTitlePort;
import app.marquee.application.library.port.in.PlaylistView;
import app.marquee.application.library.port.in.RemoveFromPlaylistUseCase;
import app.marquee.application.library.port.out.PlaylistsPort;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;

/** Any title may be taken out, including one that has left the catalog since it was added. */
@Singleton
public class RemoveFromPlaylistService implements RemoveFromPlaylistUseCase {
    private final OwnedPlaylists owned;
    private final Clock clock;

    public RemoveFromPlaylistService(PlaylistsPort playlists, LoadTitlePort titles, Clock clock) {
        this.owned = new OwnedPlaylists(playlists, titles);
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<PlaylistView> remove(Command command) {
        return owned.lock(command.owner(), command.id(), command.expectedVersion())
                .flatMap(playlist -> playlist.remove(command.titleId(), clock.instant()))
                .flatMap(changed -> owned.save(changed, command.expectedVersion()));
    }
}
