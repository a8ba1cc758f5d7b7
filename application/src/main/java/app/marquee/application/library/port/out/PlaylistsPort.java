package app.marquee.application.library.port.out;

import app.marquee.application.library.playlist.PlaylistSummary;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.playlist.Playlist;
import app.marquee.domain.library.playlist.PlaylistId;
import app.marquee.domain.shared.Outcome;

import java.util.List;
import java.util.Optional;

/**
 * Stores viewers' playlists with their items. Every read names the owner, so another viewer's
 * playlist is simply not found. The store guarantees what one playlist cannot see by itself and
 * what concurrent writers could break: a name is taken once per owner, ignoring case
 * (PLAYLIST_NAME_TAKEN, also between two requests racing), a write applies only at the version
 * read (CONCURRENT_UPDATE), and a playlist never holds a title twice nor more than 500 titles.
 */
public interface PlaylistsPort {
    Optional<Playlist> ownedBy(AccountId owner, PlaylistId id);

    /**
     * The same, locked until the transaction ends: writers of one playlist take turns, so each
     * decides on the playlist as the one before left it (20 parallel adds to a playlist of 495
     * titles: 5 added, 15 PLAYLIST_FULL). Needs a transaction.
     */
    Optional<Playlist> lockOwnedBy(AccountId owner, PlaylistId id);

    /** The owner's playlists by name (ignoring case), then id, after {@code after}; at most {@code max}. */
    List<PlaylistSummary> ofOwner(AccountId owner, Optional<PlaylistSummary.Position> after, int max);

    /** PLAYLIST_NAME_TAKEN when the owner has a playlist of that name (ignoring case). */
    Outcome<Playlist> add(Playlist playlist);

    /**
     * Writes the playlist and its items, at the version it was read at; returns it one version
     * on. PLAYLIST_NAME_TAKEN when renamed to the name of another of the owner's playlists,
     * CONCURRENT_UPDATE when it changed since it was read. Nothing is written when refused.
     */
    Outcome<Playlist> update(Playlist playlist);

    /** Deletes the playlist and its items. */
    void delete(PlaylistId id);
}
