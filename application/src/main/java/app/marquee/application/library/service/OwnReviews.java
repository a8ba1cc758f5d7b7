package app.marquee.application.library.service;

import app.marquee.application.library.port.out.ReviewsPort;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.LibraryRejection;
import app.marquee.domain.library.review.Review;
import app.marquee.domain.library.review.ReviewId;
import app.marquee.domain.shared.Outcome;

import java.util.Optional;

/**
 * A reviewer's hold on their own review. Ownership is judged before the version, so that someone
 * else learns nothing (REVIEW_NOT_FOUND, never VERSION_MISMATCH). A client that said which version
 * it edited gets VERSION_MISMATCH when the review moved on, on loading or after a race on saving.
 */
final class OwnReviews {
    private final ReviewsPort reviews;

    OwnReviews(ReviewsPort reviews) {
        this.reviews = reviews;
    }

    Outcome<Review> load(AccountId who, ReviewId id, Optional<Long> expectedVersion) {
        return reviews.byId(id).<Outcome<Review>>map(Outcome::accepted)
                .orElseGet(() -> Outcome.rejected(LibraryRejection.REVIEW_NOT_FOUND))
                .flatMap(review -> review.ownedBy(who))
                .flatMap(review -> expectedVersion.filter(expected -> expected != review.version()).isPresent()
                        ? Outcome.rejected(LibraryRejection.VERSION_MISMATCH) : Outcome.accepted(review));
    }

    static <T> Outcome<T> raced(Outcome<T> saved, Optional<Long> expectedVersion) {
        return expectedVersion.isPresent()
                ? saved.recast(LibraryRejection.CONCURRENT_UPDATE, LibraryRejection.VERSION_MISMATCH) : saved;
    }
}
