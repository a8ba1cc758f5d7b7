package app.marquee.application.library.service;

import app.marquee.application.catalog.port.out.LoadTitlePort;
import app.marquee.application.library.port.in.ViewReviewQuery;
import app.marquee.application.library.port.out.ReviewsPort;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.Role;
import app.marquee.domain.library.LibraryRejection;
import app.marquee.domain.library.review.Review;
import app.marquee.domain.library.review.ReviewId;
import app.marquee.domain.library.review.ReviewModeration;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.Optional;

@Singleton
public class ViewReviewService implements ViewReviewQuery {
    private final ReviewsPort reviews;
    private final LoadTitlePort titles;

    public ViewReviewService(ReviewsPort reviews, LoadTitlePort titles) {
        this.reviews = reviews;
        this.titles = titles;
    }

    @Override
    @Transactional
    public Outcome<Review> view(ReviewId id, Optional<AccountId> reader, Optional<Role> role) {
        boolean admin = role.filter(r -> r == Role.ADMIN).isPresent();
        boolean moderator = role.filter(ReviewModeration::mayModerate).isPresent();
        return reviews.byId(id)
                .filter(review -> reader.filter(review.author()::equals).isPresent()
                        || review.isListedFor(moderator)
                        && titles.byId(review.title()).filter(title -> title.isVisibleTo(admin)).isPresent())
                .<Outcome<Review>>map(Outcome::accepted)
                .orElseGet(() -> Outcome.rejected(LibraryRejection.REVIEW_NOT_FOUND));
    }
}
