package app.marquee.application.library.port.in;

import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.playlist.PlaylistId;
import app.marquee.domain.shared.Outcome;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A viewer puts a published title in their playlist, at a position or at the end. Refused:
 * TITLE_NOT_FOUND (unknown or not published), TITLE_ALREADY_IN_PLAYLIST, PLAYLIST_FULL,
 * POSITION_OUT_OF_RANGE, VERSION_MISMATCH.
 */
public interface AddToPlaylistUseCase {
    Outcome<PlaylistView> add(Command command);

    record Command(AccountId owner, PlaylistId id, TitleId titleId, OptionalInt position,
                   Optional<Long> expectedVersion) {
        public Command {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(titleId, "titleId");
            Objects.requireNonNull(position, "position");
            Objects.requireNonNull(expectedVersion, "expectedVersion");
        }
    }
}
