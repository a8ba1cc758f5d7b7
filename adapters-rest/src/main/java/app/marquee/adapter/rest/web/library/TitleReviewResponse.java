package app.marquee.adapter.rest.web.library;

import app.marquee.application.library.port.in.ListTitleReviewsQuery;
import app.marquee.domain.library.review.Review;
import app.marquee.domain.library.review.ReviewComment;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A review in a title's list: its author by display name only, never by e-mail or id. */
@Serdeable
@Schema(name = "TitleReview")
public record TitleReviewResponse(
        UUID id,
        @Schema(example = "Ann") String author,
        @Schema(example = "4") int rating,
        @Nullable @Schema(nullable = true) String comment,
        @Schema(description = "Only operators and admins are shown hidden reviews") boolean hidden,
        @Nullable @Schema(nullable = true, description = "Operators and admins only")
        ReviewResponse.ModerationResponse moderation,
        Instant createdAt,
        Instant updatedAt) {

    static TitleReviewResponse of(ListTitleReviewsQuery.Entry entry, boolean moderator) {
        Review review = entry.review();
        return new TitleReviewResponse(review.id().value(), entry.authorName().value(), review.rating().stars(),
                review.comment().map(ReviewComment::text).orElse(null), review.isHidden(),
                moderator ? review.moderation().map(ReviewResponse.ModerationResponse::of).orElse(null) : null,
                review.createdAt(), review.updatedAt());
    }

    @Serdeable
    @Schema(name = "TitleReviewPage")
    public record TitleReviewPage(@Schema(description = "Newest first") List<TitleReviewResponse> items,
                                  @Nullable @Schema(nullable = true, description = "Pass as cursor for the next"
                                          + " page; null on the last page") String nextCursor) {
    }
}
