package app.marquee.application.library.fakes;

import app.marquee.application.library.playlist.PlaylistSummary;
import app.marquee.application.library.port.out.PlaylistsPort;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.LibraryRejection;
import app.marquee.domain.library.playlist.Playlist;
import app.marquee.domain.library.playlist.PlaylistId;
import app.marquee.domain.library.playlist.PlaylistItem;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Playlists kept like the database keeps them: every read is a fresh copy, names are unique per
 * owner ignoring case, and an update applies only at the version it was read at.
 */
public final class InMemoryPlaylists implements PlaylistsPort {
    private final Map<PlaylistId, Playlist> rows = new LinkedHashMap<>();
    private Runnable beforeNextUpdate = () -> { };
    private int writes;
    private int locks;

    @Override
    public Optional<Playlist> ownedBy(AccountId owner, PlaylistId id) {
        return Optional.ofNullable(rows.get(id)).filter(p -> p.isOwnedBy(owner)).map(InMemoryPlaylists::copy);
    }

    @Override
    public Optional<Playlist> lockOwnedBy(AccountId owner, PlaylistId id) {
        locks++;
        return ownedBy(owner, id);
    }

    @Override
    public List<PlaylistSummary> ofOwner(AccountId owner, Optional<PlaylistSummary.Position> after, int max) {
        return rows.values().stream().filter(p -> p.isOwnedBy(owner))
                .sorted(Comparator.comparing((Playlist p) -> p.name().key()).thenComparing(p -> p.id().value()))
                .filter(p -> after.map(a -> p.name().key().compareTo(a.nameKey()) > 0
                        || p.name().key().equals(a.nameKey()) && p.id().value().compareTo(a.id().value()) > 0)
                        .orElse(true))
                .limit(max)
                .map(p -> new PlaylistSummary(p.id(), p.name(), p.description(), p.size(),
                        p.items().stream().limit(PlaylistSummary.PREVIEW_SIZE).map(PlaylistItem::titleId).toList(),
                        p.createdAt(), p.updatedAt(), p.version()))
                .toList();
    }

    @Override
    public Outcome<Playlist> add(Playlist playlist) {
        if (nameTaken(playlist)) {
            return Outcome.rejected(Rejection.onField(LibraryRejection.PLAYLIST_NAME_TAKEN, "name"));
        }
        writes++;
        rows.put(playlist.id(), copy(playlist, playlist.version()));
        return Outcome.accepted(copy(playlist));
    }

    @Override
    public Outcome<Playlist> update(Playlist playlist) {
        Runnable interleaved = beforeNextUpdate;
        beforeNextUpdate = () -> { };
        interleaved.run();
        Playlist current = rows.get(playlist.id());
        if (current == null || current.version() != playlist.version()) {
            return Outcome.rejected(LibraryRejection.CONCURRENT_UPDATE);
        }
        if (nameTaken(playlist)) {
            return Outcome.rejected(Rejection.onField(LibraryRejection.PLAYLIST_NAME_TAKEN, "name"));
        }
        writes++;
        Playlist stored = copy(playlist, playlist.version() + 1);
        rows.put(stored.id(), stored);
        return Outcome.accepted(copy(stored));
    }

    @Override
    public void delete(PlaylistId id) {
        writes++;
        rows.remove(id);
    }

    /** Runs {@code concurrentWork} (another request's write) just before the next update is applied. */
    public void beforeNextUpdate(Runnable concurrentWork) {
        this.beforeNextUpdate = concurrentWork;
    }

    /** Stores a playlist as it is, for a test's starting state. */
    public Playlist seed(Playlist playlist) {
        rows.put(playlist.id(), copy(playlist));
        return copy(playlist);
    }

    public Playlist stored(PlaylistId id) {
        return Optional.ofNullable(rows.get(id)).map(InMemoryPlaylists::copy)
                .orElseThrow(() -> new IllegalStateException("no playlist " + id));
    }

    public boolean contains(PlaylistId id) {
        return rows.containsKey(id);
    }

    /** How many adds, updates and deletes were made (seeding does not count). */
    public int writes() {
        return writes;
    }

    /** How many times a playlist was read for writing, under its lock. */
    public int locks() {
        return locks;
    }

    private boolean nameTaken(Playlist playlist) {
        return rows.values().stream().anyMatch(other -> other.isOwnedBy(playlist.owner())
                && !other.id().equals(playlist.id()) && other.name().clashesWith(playlist.name()));
    }

    private static Playlist copy(Playlist p) {
        return copy(p, p.version());
    }

    private static Playlist copy(Playlist p, long version) {
        return Playlist.rehydrate(p.id(), p.owner(), p.name(), p.description(), p.items(), p.createdAt(),
                p.updatedAt(), version);
    }

    /** Every playlist of the owner by name, then id (the export). */
    public List<Playlist> ofAccount(AccountId owner) {
        return rows.values().stream().filter(p -> p.isOwnedBy(owner))
                .sorted(Comparator.comparing((Playlist p) -> p.name().key()).thenComparing(p -> p.id().value()))
                .map(InMemoryPlaylists::copy).toList();
    }

    /** Removes every playlist of the owner, with its items (the erasure). */
    public void forget(AccountId owner) {
        rows.values().removeIf(p -> p.isOwnedBy(owner));
    }
}
