package app.marquee.application.library.port.in;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.review.ReviewId;
import app.marquee.domain.shared.Outcome;

import java.util.Objects;
import java.util.Optional;

/**
 * A reviewer deletes their review, which frees the title for a new one. Someone else's review is
 * REVIEW_NOT_FOUND; versions work as in {@link ReviseReviewUseCase}.
 */
public interface DeleteReviewUseCase {
    Outcome<ReviewId> delete(Command command);

    record Command(AccountId author, ReviewId review, Optional<Long> expectedVersion) {
        public Command {
            Objects.requireNonNull(author, "author");
            Objects.requireNonNull(review, "review");
            Objects.requireNonNull(expectedVersion, "expectedVersion");
        }
    }
}
