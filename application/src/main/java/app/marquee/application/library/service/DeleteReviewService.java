package app.marquee.application.library.service;

import app.marquee.application.library.port.in.DeleteReviewUseCase;
import app.marquee.application.library.port.out.ReviewsPort;
import app.marquee.domain.library.review.ReviewId;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

@Singleton
public class DeleteReviewService implements DeleteReviewUseCase {
    private final ReviewsPort reviews;
    private final OwnReviews own;

    public DeleteReviewService(ReviewsPort reviews) {
        this.reviews = reviews;
        this.own = new OwnReviews(reviews);
    }

    @Override
    @Transactional
    public Outcome<ReviewId> delete(Command command) {
        return own.load(command.author(), command.review(), command.expectedVersion())
                .flatMap(review -> OwnReviews.raced(reviews.delete(review.id(), review.version()),
                        command.expectedVersion()));
    }
}
