package app.marquee.application.library.service;

import app.marquee.application.library.port.in.WriteReviewUseCase;
import app.marquee.application.library.port.out.ReviewsPort;
import app.marquee.domain.library.LibraryRejection;
import app.marquee.domain.library.review.Review;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;

/**
 * One review per viewer and title: asked here first, and guaranteed by the store's unique key,
 * which turns the loser of a race into the same REVIEW_ALREADY_EXISTS.
 */
@Singleton
public class WriteReviewService implements WriteReviewUseCase {
    private final LibraryTitles titles;
    private final ReviewsPort reviews;
    private final Clock clock;

    public WriteReviewService(LibraryTitles titles, ReviewsPort reviews, Clock clock) {
        this.titles = titles;
        this.reviews = reviews;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<Review> write(Command command) {
        return titles.published(command.title()).flatMap(title -> {
            if (reviews.byAuthorAndTitle(command.author(), title.id()).isPresent()) {
                return Outcome.rejected(LibraryRejection.REVIEW_ALREADY_EXISTS);
            }
            return reviews.add(Review.write(title.id(), command.author(), command.rating(), command.comment(),
                    clock.instant()));
        });
    }
}
