package app.marquee.adapter.persistence.library;

import app.marquee.application.identity.port.out.ForgetViewerPort;
import app.marquee.application.library.port.out.ExportLibraryPort;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.favorite.Favorite;
import app.marquee.domain.library.playlist.Playlist;
import app.marquee.domain.library.progress.WatchProgress;
import app.marquee.domain.library.reaction.Reaction;
import app.marquee.domain.library.reaction.TitleReaction;
import app.marquee.domain.library.review.Review;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One viewer's whole library in PostgreSQL: read for their export, deleted when their account is
 * anonymised. Each table is read or emptied by one statement along an index that starts with the
 * account, so the work grows with this viewer's entries only.
 * <p>
 * The erasure runs inside the anonymisation's transaction, which holds the account's row (claimed
 * FOR UPDATE SKIP LOCKED). It waits for, and never deadlocks with, another instance writing the
 * same entries: every library writer changes one table (a favorite, a reaction, a review, a
 * progress entry: one row each) or locks a playlist before its items, and the erasure deletes a
 * playlist before its items too (by the cascade), taking no lock on titles or on other accounts.
 * A writer that got there first finishes, and its row is then deleted; a writer that comes after
 * finds the row gone (a review edit is then CONCURRENT_UPDATE, as for any review deleted
 * meanwhile).
 */
@Singleton
public class PersonalLibraryPersistenceAdapter implements ExportLibraryPort, ForgetViewerPort {
    private final PersonalLibraryRepository library;

    PersonalLibraryPersistenceAdapter(PersonalLibraryRepository library) {
        this.library = library;
    }

    @Override
    public List<Favorite> favoritesOf(AccountId viewer) {
        return library.favorites(viewer.value()).stream()
                .map(row -> new Favorite(new AccountId(row.accountId()), new TitleId(row.titleId()), row.addedAt()))
                .toList();
    }

    @Override
    public List<TitleReaction> reactionsOf(AccountId viewer) {
        return library.reactions(viewer.value()).stream()
                .map(row -> new TitleReaction(new AccountId(row.accountId()), new TitleId(row.titleId()),
                        Reaction.valueOf(row.reaction()), row.reactedAt()))
                .toList();
    }

    @Override
    public List<Review> reviewsOf(AccountId viewer) {
        return library.reviews(viewer.value()).stream().map(ReviewMapper::toDomain).toList();
    }

    @Override
    public List<Playlist> playlistsOf(AccountId viewer) {
        Map<UUID, List<PlaylistItemRow>> items = library.playlistItems(viewer.value()).stream()
                .collect(Collectors.groupingBy(ExportedItemRow::playlistId, Collectors.mapping(
                        row -> new PlaylistItemRow(row.titleId(), row.position(), row.addedAt()),
                        Collectors.toList())));
        return library.playlists(viewer.value()).stream()
                .map(row -> PlaylistMapper.toDomain(row, items.getOrDefault(row.id(), List.of())))
                .toList();
    }

    @Override
    public List<WatchProgress> historyOf(AccountId viewer) {
        return library.history(viewer.value()).stream().map(WatchProgressMapper::toDomain).toList();
    }

    @Override
    public void forget(AccountId account) {
        UUID id = account.value();
        library.deletePlaylists(id);
        library.deleteFavorites(id);
        library.deleteReactions(id);
        library.deleteReviews(id);
        library.deleteHistory(id);
    }
}
