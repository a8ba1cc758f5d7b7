package app.marquee.application.library.port.out;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.favorite.Favorite;
import app.marquee.domain.library.playlist.Playlist;
import app.marquee.domain.library.progress.WatchProgress;
import app.marquee.domain.library.reaction.TitleReaction;
import app.marquee.domain.library.review.Review;

import java.util.List;

/**
 * A viewer's whole library, for the personal data export (GDPR article 20). Every list is
 * complete, never paged, and holds that one viewer's entries only; the store reads each along the
 * viewer's own index, so the cost grows with what the viewer saved, not with the other viewers.
 */
public interface ExportLibraryPort {
    /** Newest first. */
    List<Favorite> favoritesOf(AccountId viewer);

    /** Latest first. */
    List<TitleReaction> reactionsOf(AccountId viewer);

    /** Newest first, hidden ones included. */
    List<Review> reviewsOf(AccountId viewer);

    /** By name (ignoring case), each with its items in playlist order. */
    List<Playlist> playlistsOf(AccountId viewer);

    /** Every film and episode entry, last watched first. */
    List<WatchProgress> historyOf(AccountId viewer);
}
