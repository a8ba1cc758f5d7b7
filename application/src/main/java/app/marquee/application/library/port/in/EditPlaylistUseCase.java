package app.marquee.application.library.port.in;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.playlist.PlaylistDescription;
import app.marquee.domain.library.playlist.PlaylistId;
import app.marquee.domain.library.playlist.PlaylistName;
import app.marquee.domain.shared.Outcome;

import java.util.Objects;
import java.util.Optional;

/**
 * A viewer renames or redescribes their playlist; an empty field is left as it is. A name is not
 * one of their other playlists' (PLAYLIST_NAME_TAKEN); with an expected version, a playlist
 * changed since is refused (VERSION_MISMATCH).
 */
public interface EditPlaylistUseCase {
    Outcome<PlaylistView> edit(Command command);

    record Command(AccountId owner, PlaylistId id, Optional<PlaylistName> name,
                   Optional<DescriptionChange> description, Optional<Long> expectedVersion) {
        public Command {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(expectedVersion, "expectedVersion");
        }
    }

    /** The description to set, or empty to remove it. */
    record DescriptionChange(Optional<PlaylistDescription> description) {
        public DescriptionChange {
            Objects.requireNonNull(description, "description");
        }
    }
}
