package app.marquee.adapter.persistence.library;

import app.marquee.application.library.port.out.PagePosition;
import app.marquee.application.library.port.out.ReviewsPort;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.DisplayName;
import app.marquee.domain.library.LibraryRejection;
import app.marquee.domain.library.review.Review;
import app.marquee.domain.library.review.ReviewId;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/**
 * Reviews in PostgreSQL. The unique key (account, title) has the last word on one review per
 * viewer and title: the loser of two concurrent first reviews waits for the winner's commit and
 * comes back REVIEW_ALREADY_EXISTS. Edits and deletes apply only at the version read
 * (CONCURRENT_UPDATE otherwise). No rule is enforced by a failing statement, which would abort the
 * caller's transaction.
 */
@Singleton
public class ReviewPersistenceAdapter implements ReviewsPort {
    private final ReviewRepository reviews;

    ReviewPersistenceAdapter(ReviewRepository reviews) {
        this.reviews = reviews;
    }

    @Override
    public Outcome<Review> add(Review review) {
        ReviewRow row = ReviewMapper.toRow(review);
        int inserted = reviews.insertUnlessReviewed(row.id(), row.titleId(), row.accountId(), row.rating(),
                row.comment(), row.createdAt(), row.updatedAt(), row.hidden(), row.moderatedBy(), row.moderatedAt(),
                row.moderationReason(), row.version());
        return inserted == 1 ? Outcome.accepted(review) : Outcome.rejected(LibraryRejection.REVIEW_ALREADY_EXISTS);
    }

    @Override
    public Optional<Review> byId(ReviewId id) {
        return reviews.byId(id.value()).map(ReviewMapper::toDomain);
    }

    @Override
    public Optional<Review> byAuthorAndTitle(AccountId author, TitleId title) {
        return reviews.byAuthorAndTitle(author.value(), title.value()).map(ReviewMapper::toDomain);
    }

    @Override
    public Outcome<Review> update(Review review) {
        ReviewRow row = ReviewMapper.toRow(review);
        int updated = reviews.updateAtVersion(row.id(), row.version(), row.rating(), row.comment(), row.updatedAt(),
                row.hidden(), row.moderatedBy(), row.moderatedAt(), row.moderationReason());
        if (updated == 0) {
            return Outcome.rejected(LibraryRejection.CONCURRENT_UPDATE);
        }
        return Outcome.accepted(Review.rehydrate(review.id(), review.title(), review.author(), review.rating(),
                review.comment(), review.createdAt(), review.updatedAt(), review.moderation(), review.version() + 1));
    }

    @Override
    public Outcome<ReviewId> delete(ReviewId id, long version) {
        return reviews.deleteAtVersion(id.value(), version) == 1 ? Outcome.accepted(id)
                : Outcome.rejected(LibraryRejection.CONCURRENT_UPDATE);
    }

    @Override
    public List<Authored> ofTitle(TitleId title, boolean withHidden, Optional<PagePosition> after, int max) {
        return reviews.ofTitle(title.value(), withHidden, after.map(PagePosition::at).orElse(null),
                        after.map(PagePosition::id).orElse(null), max).stream()
                .map(row -> new Authored(ReviewMapper.toDomain(row.review()), new DisplayName(row.authorName())))
                .toList();
    }

    @Override
    public List<Review> byAuthor(AccountId author, Optional<PagePosition> after, int max) {
        return reviews.byAuthor(author.value(), after.map(PagePosition::at).orElse(null),
                after.map(PagePosition::id).orElse(null), max).stream().map(ReviewMapper::toDomain).toList();
    }
}
