package app.marquee.application.library.port.out;

import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.DisplayName;
import app.marquee.domain.library.review.Review;
import app.marquee.domain.library.review.ReviewId;
import app.marquee.domain.shared.Outcome;

import java.util.List;
import java.util.Optional;

/**
 * Reviews. The store keeps one review per viewer and title (REVIEW_ALREADY_EXISTS for the loser
 * of two concurrent first reviews) and writes a change only at the version it was read at
 * (CONCURRENT_UPDATE otherwise), without a failed statement that would abort the transaction.
 */
public interface ReviewsPort {
    Outcome<Review> add(Review review);

    Optional<Review> byId(ReviewId id);

    Optional<Review> byAuthorAndTitle(AccountId author, TitleId title);

    /** The review as it is now, at the next version; CONCURRENT_UPDATE when it changed since it was read. */
    Outcome<Review> update(Review review);

    /** CONCURRENT_UPDATE when it changed since it was read at {@code version}, or is gone. */
    Outcome<ReviewId> delete(ReviewId id, long version);

    /** A title's reviews newest first, with their authors' names; hidden ones only when asked. */
    List<Authored> ofTitle(TitleId title, boolean withHidden, Optional<PagePosition> after, int max);

    /** A viewer's own reviews, hidden ones included, newest first. */
    List<Review> byAuthor(AccountId author, Optional<PagePosition> after, int max);

    /** A review with the name its author shows to others (never their e-mail). */
    record Authored(Review review, DisplayName authorName) {
    }
}
