package app.marquee.adapter.persistence.library;

import app.marquee.application.library.playlist.PlaylistSummary;
import app.marquee.application.library.port.out.PlaylistsPort;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.LibraryRejection;
import app.marquee.domain.library.playlist.Playlist;
import app.marquee.domain.library.playlist.PlaylistId;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Playlists in PostgreSQL, written whole: the row at the version read, then the items made
 * exactly the playlist's, in one transaction (the caller's, or one of its own). The database has
 * the last word: a name once per owner (creates and renames of one owner take turns under an
 * advisory lock, and the unique key stands behind it), a title once per playlist (primary key),
 * positions 0 to 499 each taken once (so at most 500 titles). Refusals come back as the domain's
 * rejections, without a failed statement that would abort the caller's transaction.
 */
@Singleton
public class PlaylistPersistenceAdapter implements PlaylistsPort {
    private final PlaylistRepository playlists;

    PlaylistPersistenceAdapter(PlaylistRepository playlists) {
        this.playlists = playlists;
    }

    @Override
    public Optional<Playlist> ownedBy(AccountId owner, PlaylistId id) {
        return playlists.findByIdAndAccountId(id.value(), owner.value()).map(this::withItems);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Playlist> lockOwnedBy(AccountId owner, PlaylistId id) {
        return playlists.lockByIdAndAccountId(id.value(), owner.value()).map(this::withItems);
    }

    @Override
    public List<PlaylistSummary> ofOwner(AccountId owner, Optional<PlaylistSummary.Position> after, int max) {
        return playlists.ofOwner(owner.value(), after.map(PlaylistSummary.Position::nameKey).orElse(null),
                        after.map(position -> position.id().value().toString()).orElse(null),
                        PlaylistSummary.PREVIEW_SIZE, max)
                .stream().map(PlaylistMapper::toSummary).toList();
    }

    @Override
    @Transactional
    public Outcome<Playlist> add(Playlist playlist) {
        PlaylistRow row = PlaylistMapper.toRow(playlist);
        playlists.lockNamesOf(row.accountId().toString());
        if (playlists.insertUnlessNameTaken(row.id(), row.accountId(), row.name(), row.nameKey(), row.description(),
                row.createdAt(), row.updatedAt(), row.version()) == 0) {
            return nameTaken();
        }
        writeItems(playlist);
        return Outcome.accepted(playlist);
    }

    @Override
    @Transactional
    public Outcome<Playlist> update(Playlist playlist) {
        PlaylistRow row = PlaylistMapper.toRow(playlist);
        boolean renamed = !playlists.nameKeyOf(row.id()).map(row.nameKey()::equals).orElse(true);
        if (renamed) {
            playlists.lockNamesOf(row.accountId().toString());
            if (playlists.nameTakenByAnother(row.accountId(), row.nameKey(), row.id())) {
                return nameTaken();
            }
        }
        if (playlists.updateAtVersion(row.id(), row.version(), row.name(), row.nameKey(), row.description(),
                row.updatedAt()) == 0) {
            return Outcome.rejected(LibraryRejection.CONCURRENT_UPDATE);
        }
        writeItems(playlist);
        return Outcome.accepted(PlaylistMapper.nextVersion(playlist));
    }

    @Override
    public void delete(PlaylistId id) {
        playlists.delete(id.value());
    }

    private void writeItems(Playlist playlist) {
        UUID id = playlist.id().value();
        String[] titleIds = PlaylistMapper.titleIds(playlist);
        playlists.deleteItemsOtherThan(id, titleIds);
        if (titleIds.length > 0) {
            playlists.upsertItems(id, titleIds, PlaylistMapper.addedAts(playlist));
        }
    }

    private Playlist withItems(PlaylistRow row) {
        return PlaylistMapper.toDomain(row, playlists.itemsOf(row.id()));
    }

    private static Outcome<Playlist> nameTaken() {
        return Outcome.rejected(Rejection.onField(LibraryRejection.PLAYLIST_NAME_TAKEN, "name"));
    }
}
