package app.marquee.application.library.service;

import app.marquee.application.library.port.in.ModerateReviewUseCase;
import app.marquee.application.library.port.out.ReviewsPort;
import app.marquee.domain.library.LibraryRejection;
import app.marquee.domain.library.review.Review;
import app.marquee.domain.library.review.ReviewModeration;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;

/** The moderator's role is judged before the review is looked up, so a viewer learns nothing of it. */
@Singleton
public class ModerateReviewService implements ModerateReviewUseCase {
    private final ReviewsPort reviews;
    private final Clock clock;

    public ModerateReviewService(ReviewsPort reviews, Clock clock) {
        this.reviews = reviews;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<Review> moderate(Command command) {
        if (!ReviewModeration.mayModerate(command.role())) {
            return Outcome.rejected(LibraryRejection.MODERATION_FORBIDDEN);
        }
        return reviews.byId(command.review()).<Outcome<Review>>map(Outcome::accepted)
                .orElseGet(() -> Outcome.rejected(LibraryRejection.REVIEW_NOT_FOUND))
                .flatMap(review -> review.moderate(command.moderator(), command.role(), command.hide(),
                        command.reason(), clock.instant()))
                .flatMap(reviews::update);
    }
}
