package app.marquee.application.library.fakes;

import app.marquee.application.identity.port.out.ForgetViewerPort;
import app.marquee.application.library.port.out.ExportLibraryPort;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.favorite.Favorite;
import app.marquee.domain.library.playlist.Playlist;
import app.marquee.domain.library.progress.WatchProgress;
import app.marquee.domain.library.reaction.TitleReaction;
import app.marquee.domain.library.review.Review;

import java.util.ArrayList;
import java.util.List;

/**
 * One viewer's whole library over the in-memory stores, as the persistence adapter reads it for
 * the export and deletes it for the erasure. {@link #forgotten()} records whom it was asked to forget.
 */
public final class InMemoryLibrary implements ExportLibraryPort, ForgetViewerPort {
    private final InMemoryFavorites favorites;
    private final InMemoryReactions reactions;
    private final InMemoryReviews reviews;
    private final InMemoryPlaylists playlists;
    private final InMemoryWatchProgress progress;
    private final List<AccountId> forgotten = new ArrayList<>();

    public InMemoryLibrary(InMemoryFavorites favorites, InMemoryReactions reactions, InMemoryReviews reviews,
                           InMemoryPlaylists playlists, InMemoryWatchProgress progress) {
        this.favorites = favorites;
        this.reactions = reactions;
        this.reviews = reviews;
        this.playlists = playlists;
        this.progress = progress;
    }

    @Override
    public List<Favorite> favoritesOf(AccountId viewer) {
        return favorites.ofAccount(viewer);
    }

    @Override
    public List<TitleReaction> reactionsOf(AccountId viewer) {
        return reactions.ofAccount(viewer);
    }

    @Override
    public List<Review> reviewsOf(AccountId viewer) {
        return reviews.ofAccount(viewer);
    }

    @Override
    public List<Playlist> playlistsOf(AccountId viewer) {
        return playlists.ofAccount(viewer);
    }

    @Override
    public List<WatchProgress> historyOf(AccountId viewer) {
        return progress.ofAccount(viewer);
    }

    @Override
    public void forget(AccountId account) {
        forgotten.add(account);
        favorites.forget(account);
        reactions.forget(account);
        reviews.forget(account);
        playlists.forget(account);
        progress.forget(account);
    }

    public List<AccountId> forgotten() {
        return List.copyOf(forgotten);
    }
}
