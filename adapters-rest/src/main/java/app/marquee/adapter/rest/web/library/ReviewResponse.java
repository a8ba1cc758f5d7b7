package app.marquee.adapter.rest.web.library;

import app.marquee.domain.library.review.Moderation;
import app.marquee.domain.library.review.ModerationReason;
import app.marquee.domain.library.review.Review;
import app.marquee.domain.library.review.ReviewComment;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/**
 * A review as its author, or a moderator, sees it. Who moderated it is shown to operators and
 * admins only.
 */
@Serdeable
@Schema(name = "Review")
public record ReviewResponse(
        UUID id,
        UUID titleId,
        @Schema(example = "4") int rating,
        @Nullable @Schema(nullable = true) String comment,
        @Schema(description = "Hidden by a moderator: out of the public list and of the average") boolean hidden,
        @Nullable @Schema(nullable = true, description = "Operators and admins only") ModerationResponse moderation,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Also sent as the ETag") long version) {

    static ReviewResponse of(Review review, boolean moderator) {
        return new ReviewResponse(review.id().value(), review.title().value(), review.rating().stars(),
                review.comment().map(ReviewComment::text).orElse(null), review.isHidden(),
                moderator ? review.moderation().map(ModerationResponse::of).orElse(null) : null,
                review.createdAt(), review.updatedAt(), review.version());
    }

    /** The last moderation decision. */
    @Serdeable
    @Schema(name = "ReviewModerationRecord")
    public record ModerationResponse(boolean hidden, UUID moderatorId, Instant at,
                                     @Nullable @Schema(nullable = true) String reason) {
        static ModerationResponse of(Moderation moderation) {
            return new ModerationResponse(moderation.hidden(), moderation.moderator().value(), moderation.at(),
                    moderation.reason().map(ModerationReason::text).orElse(null));
        }
    }
}
