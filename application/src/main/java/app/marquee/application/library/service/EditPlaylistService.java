package app.marquee.application.library.service;

import app.marquee.application.catalog.port.out.LoadTitlePort;
import app.marquee.application.library.port.in.EditPlaylistUseCase;
import app.marquee.application.library.port.in.PlaylistView;
import app.marquee.application.library.port.out.PlaylistsPort;
import app.marquee.domain.library.playlist.Playlist;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;

/**
 * The store refuses a name another of the owner's playlists has (PLAYLIST_NAME_TAKEN), writing
 * nothing. An edit that changes nothing (an empty merge patch) writes nothing either: the
 * version, hence the ETag, stays, as for a title.
 */
@Singleton
public class EditPlaylistService implements EditPlaylistUseCase {
    private final OwnedPlaylists owned;
    private final Clock clock;

    public EditPlaylistService(PlaylistsPort playlists, LoadTitlePort titles, Clock clock) {
        this.owned = new OwnedPlaylists(playlists, titles);
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<PlaylistView> edit(Command command) {
        return owned.lock(command.owner(), command.id(), command.expectedVersion())
                .flatMap(playlist -> leavesAsIs(playlist, command) ? Outcome.accepted(owned.view(playlist))
                        : apply(playlist, command));
    }

    /** Nothing asked (an empty patch), or only what the playlist already says: no write, the version stays. */
    private static boolean leavesAsIs(Playlist playlist, Command command) {
        return command.name().map(name -> name.equals(playlist.name())).orElse(true)
                && command.description().map(change -> change.description().equals(playlist.description()))
                .orElse(true);
    }

    private Outcome<PlaylistView> apply(Playlist locked, Command command) {
        return Outcome.accepted(locked)
                .flatMap(playlist -> command.name().map(name -> playlist.rename(name, clock.instant()))
                        .orElse(Outcome.accepted(playlist)))
                .flatMap(playlist -> command.description()
                        .map(change -> playlist.describe(change.description(), clock.instant()))
                        .orElse(Outcome.<Playlist>accepted(playlist)))
                .flatMap(changed -> owned.save(changed, command.expectedVersion()));
    }
}
