package app.marquee.application.library.port.in;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.Role;
import app.marquee.domain.library.review.ModerationReason;
import app.marquee.domain.library.review.Review;
import app.marquee.domain.library.review.ReviewId;
import app.marquee.domain.shared.Outcome;

import java.util.Objects;
import java.util.Optional;

/**
 * An operator or admin hides a review, or shows it again; who, when and why are kept. A viewer
 * is MODERATION_FORBIDDEN (whether the review exists or not); an unknown review REVIEW_NOT_FOUND.
 */
public interface ModerateReviewUseCase {
    Outcome<Review> moderate(Command command);

    record Command(AccountId moderator, Role role, ReviewId review, boolean hide, Optional<ModerationReason> reason) {
        public Command {
            Objects.requireNonNull(moderator, "moderator");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(review, "review");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
