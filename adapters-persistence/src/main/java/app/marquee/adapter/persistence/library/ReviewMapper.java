package app.marquee.adapter.persistence.library;

import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.review.Moderation;
import app.marquee.domain.library.review.ModerationReason;
import app.marquee.domain.library.review.Rating;
import app.marquee.domain.library.review.Review;
import app.marquee.domain.library.review.ReviewComment;
import app.marquee.domain.library.review.ReviewId;

import java.util.Optional;

/** Reviews to rows and back; the last moderation decision lives in four columns, all set or all empty. */
final class ReviewMapper {
    private ReviewMapper() {
    }

    static Review toDomain(ReviewRow row) {
        Optional<Moderation> moderation = row.moderatedBy() == null ? Optional.empty()
                : Optional.of(new Moderation(row.hidden(), new AccountId(row.moderatedBy()), row.moderatedAt(),
                Optional.ofNullable(row.moderationReason()).map(ModerationReason::new)));
        return Review.rehydrate(new ReviewId(row.id()), new TitleId(row.titleId()), new AccountId(row.accountId()),
                new Rating(row.rating()), Optional.ofNullable(row.comment()).map(ReviewComment::new),
                row.createdAt(), row.updatedAt(), moderation, row.version());
    }

    static ReviewRow toRow(Review review) {
        Optional<Moderation> moderation = review.moderation();
        return new ReviewRow(review.id().value(), review.title().value(), review.author().value(),
                review.rating().stars(), review.comment().map(ReviewComment::text).orElse(null),
                review.createdAt(), review.updatedAt(), review.isHidden(),
                moderation.map(m -> m.moderator().value()).orElse(null), moderation.map(Moderation::at).orElse(null),
                moderation.flatMap(Moderation::reason).map(ModerationReason::text).orElse(null), review.version());
    }
}
