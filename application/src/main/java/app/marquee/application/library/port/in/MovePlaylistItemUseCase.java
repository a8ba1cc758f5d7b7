package app.marquee.application.library.port.in;

import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.playlist.PlaylistId;
import app.marquee.domain.shared.Outcome;

import java.util.Objects;
import java.util.Optional;

/**
 * A viewer moves a title of their playlist to another position (0 to the size less one).
 * Refused: PLAYLIST_ITEM_NOT_FOUND, POSITION_OUT_OF_RANGE, VERSION_MISMATCH.
 */
public interface MovePlaylistItemUseCase {
    Outcome<PlaylistView> move(Command command);

    record Command(AccountId owner, PlaylistId id, TitleId titleId, int position, Optional<Long> expectedVersion) {
        public Command {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(titleId, "titleId");
            Objects.requireNonNull(expectedVersion, "expectedVersion");
        }
    }
}
