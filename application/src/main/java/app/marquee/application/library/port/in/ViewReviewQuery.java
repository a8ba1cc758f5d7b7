package app.marquee.application.library.port.in;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.Role;
import app.marquee.domain.library.review.Review;
import app.marquee.domain.library.review.ReviewId;
import app.marquee.domain.shared.Outcome;

import java.util.Optional;

/**
 * One review, to whoever may read it: its author always; operators and admins even when hidden;
 * anyone else when it is shown and its title is published. REVIEW_NOT_FOUND otherwise.
 */
public interface ViewReviewQuery {
    /** {@code reader} and {@code role} are empty for an anonymous caller. */
    Outcome<Review> view(ReviewId id, Optional<AccountId> reader, Optional<Role> role);
}
