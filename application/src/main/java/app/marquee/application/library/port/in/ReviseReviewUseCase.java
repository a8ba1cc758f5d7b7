package app.marquee.application.library.port.in;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.review.Rating;
import app.marquee.domain.library.review.Review;
import app.marquee.domain.library.review.ReviewComment;
import app.marquee.domain.library.review.ReviewId;
import app.marquee.domain.shared.Outcome;

import java.util.Objects;
import java.util.Optional;

/**
 * A reviewer rewrites their review's stars and comment. Someone else's review is
 * REVIEW_NOT_FOUND, like a missing one. With an expected version (the client's If-Match), a
 * review changed since is VERSION_MISMATCH; without, losing a race is CONCURRENT_UPDATE.
 */
public interface ReviseReviewUseCase {
    Outcome<Review> revise(Command command);

    record Command(AccountId editor, ReviewId review, Optional<Long> expectedVersion, Rating rating,
                   Optional<ReviewComment> comment) {
        public Command {
            Objects.requireNonNull(editor, "editor");
            Objects.requireNonNull(review, "review");
            Objects.requireNonNull(expectedVersion, "expectedVersion");
            Objects.requireNonNull(rating, "rating");
            Objects.requireNonNull(comment, "comment");
        }
    }
}
