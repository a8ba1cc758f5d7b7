package app.marquee.application.library.service;

import app.marquee.application.library.port.in.ReviseReviewUseCase;
import app.marquee.application.library.port.out.ReviewsPort;
import app.marquee.domain.library.review.Review;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;

@Singleton
public class ReviseReviewService implements ReviseReviewUseCase {
    private final ReviewsPort reviews;
    private final OwnReviews own;
    private final Clock clock;

    public ReviseReviewService(ReviewsPort reviews, Clock clock) {
        this.reviews = reviews;
        this.own = new OwnReviews(reviews);
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<Review> revise(Command command) {
        return own.load(command.editor(), command.review(), command.expectedVersion())
                .flatMap(review -> review.revise(command.editor(), command.rating(), command.comment(),
                        clock.instant()))
                .flatMap(revised -> OwnReviews.raced(reviews.update(revised), command.expectedVersion()));
    }
}
