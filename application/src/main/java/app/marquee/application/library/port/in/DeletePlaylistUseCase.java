package app.marquee.application.library.port.in;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.playlist.PlaylistId;
import app.marquee.domain.shared.Outcome;

import java.util.Optional;

/** A viewer deletes their playlist with its items (never the titles); VERSION_MISMATCH with a stale version. */
public interface DeletePlaylistUseCase {
    Outcome<PlaylistId> delete(AccountId owner, PlaylistId id, Optional<Long> expectedVersion);
}
