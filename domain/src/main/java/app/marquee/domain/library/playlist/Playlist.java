package app.marquee.domain.library.playlist;

import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.LibraryRejection;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/**
 * A viewer's own ordered list of titles. A title is in a playlist at most once, a playlist holds
 * at most {@value #MAX_ITEMS} titles, and positions count from 0 with no gap: adding at position
 * p (0 to the size; the end by default) moves the titles from p on one place down, and moving a
 * title to p puts it exactly there. The owner never changes; the name's uniqueness among the
 * owner's playlists is the store's to guarantee (it sees the others). Every change moves the
 * version on, which clients see as the ETag.
 */
public final class Playlist {
    public static final int MAX_ITEMS = 500;

    private final PlaylistId id;
    private final AccountId owner;
    private PlaylistName name;
    private Optional<PlaylistDescription> description;
    private final List<PlaylistItem> items;
    private final Instant createdAt;
    private Instant updatedAt;
    private final long version;

    private Playlist(PlaylistId id, AccountId owner, PlaylistName name, Optional<PlaylistDescription> description,
                     List<PlaylistItem> items, Instant createdAt, Instant updatedAt, long version) {
        this.id = Objects.requireNonNull(id);
        this.owner = Objects.requireNonNull(owner);
        this.name = Objects.requireNonNull(name);
        this.description = Objects.requireNonNull(description);
        this.items = new ArrayList<>(items);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
        this.version = version;
        if (this.items.size() > MAX_ITEMS) {
            throw new IllegalArgumentException("a playlist holds at most " + MAX_ITEMS + " titles");
        }
        if (new HashSet<>(this.items.stream().map(PlaylistItem::titleId).toList()).size() != this.items.size()) {
            throw new IllegalArgumentException("a title is in a playlist at most once");
        }
    }

    /** A new, empty playlist. */
    public static Playlist create(AccountId owner, PlaylistName name, Optional<PlaylistDescription> description,
                                  Instant now) {
        return new Playlist(PlaylistId.newId(), owner, name, description, List.of(), now, now, 0);
    }

    /** For the persistence adapter only: {@code items} in playlist order. */
    public static Playlist rehydrate(PlaylistId id, AccountId owner, PlaylistName name,
                                     Optional<PlaylistDescription> description, List<PlaylistItem> items,
                                     Instant createdAt, Instant updatedAt, long version) {
        return new Playlist(id, owner, name, description, items, createdAt, updatedAt, version);
    }

    /**
     * Puts a title at {@code position} (0 to the size), or at the end. Refused when the title is
     * already there (TITLE_ALREADY_IN_PLAYLIST), the playlist is full (PLAYLIST_FULL) or the
     * position lies outside the list (POSITION_OUT_OF_RANGE).
     */
    public Outcome<Playlist> add(TitleId titleId, OptionalInt position, Instant now) {
        if (positionOf(titleId).isPresent()) {
            return Outcome.rejected(Rejection.onField(LibraryRejection.TITLE_ALREADY_IN_PLAYLIST, "titleId"));
        }
        if (items.size() >= MAX_ITEMS) {
            return Outcome.rejected(LibraryRejection.PLAYLIST_FULL);
        }
        int at = position.orElse(items.size());
        if (at < 0 || at > items.size()) {
            return outOfRange();
        }
        items.add(at, new PlaylistItem(titleId, now));
        return changed(now);
    }

    /** Takes a title out; the titles after it move up one place. PLAYLIST_ITEM_NOT_FOUND if it is not there. */
    public Outcome<Playlist> remove(TitleId titleId, Instant now) {
        OptionalInt at = positionOf(titleId);
        if (at.isEmpty()) {
            return Outcome.rejected(LibraryRejection.PLAYLIST_ITEM_NOT_FOUND);
        }
        items.remove(at.getAsInt());
        return changed(now);
    }

    /** Moves a title so that it ends up at {@code position} (0 to the size less one); the others keep their order. */
    public Outcome<Playlist> move(TitleId titleId, int position, Instant now) {
        OptionalInt from = positionOf(titleId);
        if (from.isEmpty()) {
            return Outcome.rejected(LibraryRejection.PLAYLIST_ITEM_NOT_FOUND);
        }
        if (position < 0 || position >= items.size()) {
            return outOfRange();
        }
        items.add(position, items.remove(from.getAsInt()));
        return changed(now);
    }

    public Outcome<Playlist> rename(PlaylistName newName, Instant now) {
        this.name = Objects.requireNonNull(newName);
        return changed(now);
    }

    /** Sets the description, or removes it when empty. */
    public Outcome<Playlist> describe(Optional<PlaylistDescription> newDescription, Instant now) {
        this.description = Objects.requireNonNull(newDescription);
        return changed(now);
    }

    public OptionalInt positionOf(TitleId titleId) {
        return IntStream.range(0, items.size()).filter(i -> items.get(i).titleId().equals(titleId)).findFirst();
    }

    private Outcome<Playlist> changed(Instant now) {
        updatedAt = Objects.requireNonNull(now);
        return Outcome.accepted(this);
    }

    private static Outcome<Playlist> outOfRange() {
        return Outcome.rejected(Rejection.onField(LibraryRejection.POSITION_OUT_OF_RANGE, "position"));
    }

    public PlaylistId id() {
        return id;
    }

    public AccountId owner() {
        return owner;
    }

    public boolean isOwnedBy(AccountId account) {
        return owner.equals(account);
    }

    public PlaylistName name() {
        return name;
    }

    public Optional<PlaylistDescription> description() {
        return description;
    }

    /** The titles in playlist order: the first is at position 0. */
    public List<PlaylistItem> items() {
        return List.copyOf(items);
    }

    public int size() {
        return items.size();
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
