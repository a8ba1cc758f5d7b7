package app.marquee.application.library.port.in;

import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.playlist.PlaylistId;
import app.marquee.domain.shared.Outcome;

import java.util.Objects;
import java.util.Optional;

/** A viewer takes a title out of their playlist (PLAYLIST_ITEM_NOT_FOUND if it is not there). */
public interface RemoveFromPlaylistUseCase {
    Outcome<PlaylistView> remove(Command command);

    record Command(AccountId owner, PlaylistId id, TitleId titleId, Optional<Long> expectedVersion) {
        public Command {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(titleId, "titleId");
            Objects.requireNonNull(expectedVersion, "expectedVersion");
        }
    }
}
