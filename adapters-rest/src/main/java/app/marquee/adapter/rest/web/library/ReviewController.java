package app.marquee.adapter.rest.web.library;

import app.marquee.adapter.rest.problem.Problem;
import app.marquee.adapter.rest.security.Callers;
import app.marquee.adapter.rest.web.Outcomes;
import app.marquee.adapter.rest.web.catalog.ETags;
import app.marquee.application.library.port.in.DeleteReviewUseCase;
import app.marquee.application.library.port.in.ModerateReviewUseCase;
import app.marquee.application.library.port.in.ReviseReviewUseCase;
import app.marquee.application.library.port.in.ViewReviewQuery;
import app.marquee.domain.identity.account.Role;
import app.marquee.domain.library.review.Review;
import app.marquee.domain.library.review.ReviewId;
import app.marquee.domain.library.review.ReviewModeration;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.Optional;
import java.util.UUID;

@Controller("/api/v1/reviews")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Library: reviews")
@ApiResponse(responseCode = "400", description = "INVALID_VALUE (id, comment, reason, If-Match), VALIDATION_FAILED",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ReviewController {
    /** No version is known before the use case reads the review: If-Match must name exactly one. */
    private final ViewReviewQuery view;
    private final ReviseReviewUseCase revise;
    private final DeleteReviewUseCase delete;
    private final ModerateReviewUseCase moderate;

    public ReviewController(ViewReviewQuery view, ReviseReviewUseCase revise, DeleteReviewUseCase delete,
                            ModerateReviewUseCase moderate) {
        this.view = view;
        this.revise = revise;
        this.delete = delete;
        this.moderate = moderate;
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(operationId = "getReview", summary = "One review", description = "Its author always sees it;"
            + " operators and admins also when hidden; anyone else while it is shown on a published title.")
    @ApiResponse(responseCode = "200", description = "The review, with its ETag")
    @ApiResponse(responseCode = "404", description = "REVIEW_NOT_FOUND", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<ReviewResponse> get(@PathVariable UUID id, @Nullable Authentication caller) {
        Optional<Role> role = LibraryHttp.role(caller);
        Review review = Outcomes.accepted(view.view(new ReviewId(id),
                Optional.ofNullable(caller).map(Callers::accountId), role));
        return withETag(review, role.filter(ReviewModeration::mayModerate).isPresent());
    }

    @Put("/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @SecurityRequirement(name = "bearerAuth")
    @Operation(operationId = "reviseReview", summary = "Rewrite my review", description = "Stars and comment are"
            + " replaced (a comment left out is removed). A hidden review stays hidden. With If-Match (one ETag),"
            + " a review changed since is refused (412).")
    @ApiResponse(responseCode = "200", description = "The review, with its new ETag")
    @ApiResponse(responseCode = "401", description = "No valid access token", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "REVIEW_NOT_FOUND, also for someone else's review",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "CONCURRENT_UPDATE", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "412", description = "VERSION_MISMATCH", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = "RATING_OUT_OF_RANGE, COMMENT_BLANK, COMMENT_TOO_LONG",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<ReviewResponse> revise(@PathVariable UUID id,
                                               @Header(ETags.IF_MATCH) @Nullable String ifMatch,
                                               @Body @Valid ReviewRequests.ReviewBody body, Authentication caller) {
        Optional<Long> expected = ETags.expectedVersion(ifMatch);
        return withETag(Outcomes.accepted(revise.revise(new ReviseReviewUseCase.Command(Callers.accountId(caller),
                new ReviewId(id), expected, body.checkedRating(), body.checkedComment()))), false);
    }

    @Delete("/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @SecurityRequirement(name = "bearerAuth")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteReview", summary = "Delete my review", description = "The title can then be"
            + " reviewed again. Optional If-Match (412 when the review changed since).")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "401", description = "No valid access token", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "REVIEW_NOT_FOUND, also for someone else's review",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "CONCURRENT_UPDATE", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "412", description = "VERSION_MISMATCH", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void delete(@PathVariable UUID id, @Header(ETags.IF_MATCH) @Nullable String ifMatch,
                       Authentication caller) {
        Optional<Long> expected = ETags.expectedVersion(ifMatch);
        Outcomes.accepted(delete.delete(new DeleteReviewUseCase.Command(Callers.accountId(caller), new ReviewId(id),
                expected)));
    }

    @Put("/{id}/moderation")
    @Secured({"ADMIN", "OPERATOR"})
    @SecurityRequirement(name = "bearerAuth")
    @Operation(operationId = "moderateReview", summary = "Hide a review, or show it again", description = "For"
            + " operators and admins. A hidden review leaves the public list and the title's average; who, when"
            + " and why are kept.")
    @ApiResponse(responseCode = "200", description = "The review, with the moderation record")
    @ApiResponse(responseCode = "401", description = "No valid access token", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Not an OPERATOR or ADMIN", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "REVIEW_NOT_FOUND", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "CONCURRENT_UPDATE (the author edited it meanwhile)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<ReviewResponse> moderate(@PathVariable UUID id,
                                                 @Body @Valid ReviewRequests.ModerationBody body,
                                                 Authentication caller) {
        Role role = LibraryHttp.role(caller).orElse(Role.USER);
        return withETag(Outcomes.accepted(moderate.moderate(new ModerateReviewUseCase.Command(
                Callers.accountId(caller), role, new ReviewId(id), body.hidden(), body.checkedReason()))), true);
    }

    private static HttpResponse<ReviewResponse> withETag(Review review, boolean moderator) {
        return HttpResponse.ok(ReviewResponse.of(review, moderator)).header(HttpHeaders.ETAG,
                ETags.of(review.version()));
    }
}
