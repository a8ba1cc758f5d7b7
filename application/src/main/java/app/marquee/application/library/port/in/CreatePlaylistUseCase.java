package app.marquee.application.library.port.in;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.playlist.PlaylistDescription;
import app.marquee.domain.library.playlist.PlaylistName;
import app.marquee.domain.shared.Outcome;

import java.util.Objects;
import java.util.Optional;

/** A viewer starts an empty playlist; its name is not one of their other playlists' (PLAYLIST_NAME_TAKEN). */
public interface CreatePlaylistUseCase {
    Outcome<PlaylistView> create(Command command);

    record Command(AccountId owner, PlaylistName name, Optional<PlaylistDescription> description) {
        public Command {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(description, "description");
        }
    }
}
