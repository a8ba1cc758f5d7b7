package app.marquee.application.library.service;

import app.marquee.application.catalog.port.out.LoadTitlePort;
import app.marquee.application.library.port.in.AddToPlaylistUseCase;
import app.marquee.application.library.port.in.PlaylistView;
import app.marquee.application.library.port.out.PlaylistsPort;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;

/**
 * The owner's playlist is found (and locked) first, so a stranger learns nothing about it even
 * from the title they name; then only a published title is accepted.
 */
@Singleton
public class AddToPlaylistService implements AddToPlaylistUseCase {
    private final OwnedPlaylists owned;
    private final LibraryTitles libraryTitles;
    private final Clock clock;

    public AddToPlaylistService(PlaylistsPort playlists, LoadTitlePort titles, LibraryTitles libraryTitles,
                                Clock clock) {
        this.owned = new OwnedPlaylists(playlists, titles);
        this.libraryTitles = libraryTitles;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<PlaylistView> add(Command command) {
        return owned.lock(command.owner(), command.id(), command.expectedVersion())
                .flatMap(playlist -> libraryTitles.published(command.titleId())
                        .flatMap(title -> playlist.add(title.id(), command.position(), clock.instant())))
                .flatMap(changed -> owned.save(changed, command.expectedVersion()));
    }
}
