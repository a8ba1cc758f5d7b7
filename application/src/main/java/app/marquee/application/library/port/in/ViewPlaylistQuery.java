package app.marquee.application.library.port.in;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.playlist.PlaylistId;
import app.marquee.domain.shared.Outcome;

/** A viewer's playlist with all its titles in order; another viewer's is PLAYLIST_NOT_FOUND, as a missing one. */
public interface ViewPlaylistQuery {
    Outcome<PlaylistView> view(AccountId owner, PlaylistId id);
}
