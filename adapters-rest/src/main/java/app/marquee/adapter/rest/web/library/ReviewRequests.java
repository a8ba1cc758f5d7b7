package app.marquee.adapter.rest.web.library;

import app.marquee.adapter.rest.web.Fields;
import app.marquee.adapter.rest.web.Outcomes;
import app.marquee.domain.library.review.ModerationReason;
import app.marquee.domain.library.review.Rating;
import app.marquee.domain.library.review.ReviewComment;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

import java.util.Optional;

/** Bodies of the review routes. The domain judges stars and words (422 naming the field). */
final class ReviewRequests {
    private ReviewRequests() {
    }

    @Serdeable
    @Schema(name = "ReviewWrite")
    record ReviewBody(@NotNull @Schema(description = "1 to 5", example = "4") Integer rating,
                      @Nullable @Schema(nullable = true, description = "Up to 2,000 characters; leave out (or null)"
                              + " for none", example = "Funny and tender.") String comment) {

        /** RATING_OUT_OF_RANGE on {@code rating}. */
        Rating checkedRating() {
            return Outcomes.accepted(Rating.of(rating));
        }

        /** COMMENT_BLANK or COMMENT_TOO_LONG on {@code comment}; a control character is INVALID_VALUE. */
        Optional<ReviewComment> checkedComment() {
            if (comment == null) {
                return Optional.empty();
            }
            return Optional.of(Outcomes.accepted(Fields.parse("comment", () -> ReviewComment.of(comment))));
        }
    }

    @Serdeable
    @Schema(name = "ReviewModeration")
    record ModerationBody(@NotNull @Schema(description = "true hides the review, false shows it again")
                          Boolean hidden,
                          @Nullable @Schema(nullable = true, description = "Why, for the record; up to 500"
                                  + " characters", example = "Spoils the ending") String reason) {

        Optional<ModerationReason> checkedReason() {
            return Optional.ofNullable(reason).map(text -> Fields.parse("reason", () -> new ModerationReason(text)));
        }
    }
}
