package app.marquee.adapter.persistence.library;

import app.marquee.application.library.playlist.PlaylistSummary;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.playlist.Playlist;
import app.marquee.domain.library.playlist.PlaylistDescription;
import app.marquee.domain.library.playlist.PlaylistId;
import app.marquee.domain.library.playlist.PlaylistItem;
import app.marquee.domain.library.playlist.PlaylistName;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Between a {@link Playlist} and its row and item rows, and from a listing row to a {@link PlaylistSummary}. */
final class PlaylistMapper {
    private PlaylistMapper() {
    }

    static PlaylistRow toRow(Playlist playlist) {
        return new PlaylistRow(playlist.id().value(), playlist.owner().value(), playlist.name().value(),
                playlist.name().key(), playlist.description().map(PlaylistDescription::value).orElse(null),
                playlist.createdAt(), playlist.updatedAt(), playlist.version());
    }

    /** {@code items} in position order. */
    static Playlist toDomain(PlaylistRow row, List<PlaylistItemRow> items) {
        return Playlist.rehydrate(new PlaylistId(row.id()), new AccountId(row.accountId()),
                new PlaylistName(row.name()), description(row.description()),
                items.stream().map(item -> new PlaylistItem(new TitleId(item.titleId()), item.addedAt())).toList(),
                row.createdAt(), row.updatedAt(), row.version());
    }

    static PlaylistSummary toSummary(PlaylistSummaryRow row) {
        return new PlaylistSummary(new PlaylistId(row.id()), new PlaylistName(row.name()),
                description(row.description()), Math.toIntExact(row.itemCount()),
                Arrays.stream(row.firstTitles()).map(id -> new TitleId(UUID.fromString(id))).toList(),
                row.createdAt(), row.updatedAt(), row.version());
    }

    /** The playlist as it is now stored: the same state, one version on. */
    static Playlist nextVersion(Playlist written) {
        return Playlist.rehydrate(written.id(), written.owner(), written.name(), written.description(),
                written.items(), written.createdAt(), written.updatedAt(), written.version() + 1);
    }

    static String[] titleIds(Playlist playlist) {
        return playlist.items().stream().map(item -> item.titleId().value().toString()).toArray(String[]::new);
    }

    static String[] addedAts(Playlist playlist) {
        return playlist.items().stream().map(item -> item.addedAt().toString()).toArray(String[]::new);
    }

    private static Optional<PlaylistDescription> description(String stored) {
        return Optional.ofNullable(stored).map(PlaylistDescription::new);
    }
}
