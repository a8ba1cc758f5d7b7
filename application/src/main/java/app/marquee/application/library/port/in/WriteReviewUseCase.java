package app.marquee.application.library.port.in;

import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.review.Rating;
import app.marquee.domain.library.review.Review;
import app.marquee.domain.library.review.ReviewComment;
import app.marquee.domain.shared.Outcome;

import java.util.Objects;
import java.util.Optional;

/**
 * A viewer reviews a published title (TITLE_NOT_FOUND for anything else), once: a second review
 * of the same title is REVIEW_ALREADY_EXISTS, even when both arrive at the same moment.
 */
public interface WriteReviewUseCase {
    Outcome<Review> write(Command command);

    record Command(AccountId author, TitleId title, Rating rating, Optional<ReviewComment> comment) {
        public Command {
            Objects.requireNonNull(author, "author");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(rating, "rating");
            Objects.requireNonNull(comment, "comment");
        }
    }
}
