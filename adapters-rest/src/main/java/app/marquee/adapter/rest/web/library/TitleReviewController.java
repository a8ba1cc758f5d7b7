package app.marquee.adapter.rest.web.library;

import app.marquee.adapter.rest.problem.Problem;
import app.marquee.adapter.rest.security.Callers;
import app.marquee.adapter.rest.web.Cursors;
import app.marquee.adapter.rest.web.Outcomes;
import app.marquee.adapter.rest.web.catalog.ETags;
import app.marquee.adapter.rest.web.library.TitleReviewResponse.TitleReviewPage;
import app.marquee.application.library.port.in.ListTitleReviewsQuery;
import app.marquee.application.library.port.in.WriteReviewUseCase;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.Role;
import app.marquee.domain.library.review.Review;
import app.marquee.domain.library.review.ReviewModeration;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;

@Controller("/api/v1/titles/{titleId}/reviews")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Library: reviews", description = "One review per viewer and title; operators and admins moderate")
@ApiResponse(responseCode = "400", description = "INVALID_VALUE (titleId, comment), VALIDATION_FAILED, INVALID_CURSOR",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class TitleReviewController {
    private final WriteReviewUseCase write;
    private final ListTitleReviewsQuery list;

    public TitleReviewController(WriteReviewUseCase write, ListTitleReviewsQuery list) {
        this.write = write;
        this.list = list;
    }

    @Post
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @SecurityRequirement(name = "bearerAuth")
    @Operation(operationId = "writeReview", summary = "Review a title", description = "1 to 5 stars and an optional"
            + " comment of up to 2,000 characters. One review per viewer and title: edit or delete it afterwards.")
    @ApiResponse(responseCode = "201", description = "The review, with Location and ETag", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewResponse.class)))
    @ApiResponse(responseCode = "401", description = "No valid access token", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "TITLE_NOT_FOUND (unknown, draft or archived)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "REVIEW_ALREADY_EXISTS", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = "RATING_OUT_OF_RANGE, COMMENT_BLANK, COMMENT_TOO_LONG",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<ReviewResponse> write(@PathVariable UUID titleId,
                                              @Body @Valid ReviewRequests.ReviewBody body, Authentication caller) {
        Review review = Outcomes.accepted(write.write(new WriteReviewUseCase.Command(Callers.accountId(caller),
                new TitleId(titleId), body.checkedRating(), body.checkedComment())));
        return HttpResponse.created(ReviewResponse.of(review, false), URI.create("/api/v1/reviews/" + review.id()))
                .header(HttpHeaders.ETAG, ETags.of(review.version()));
    }

    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(operationId = "listTitleReviews", summary = "A title's reviews, newest first", description = "Authors"
            + " by display name. Hidden reviews are listed for operators and admins only (flagged hidden).")
    @ApiResponse(responseCode = "200", description = "One page of reviews")
    @ApiResponse(responseCode = "404", description = "TITLE_NOT_FOUND, also for drafts and archived titles unless"
            + " ADMIN", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public TitleReviewPage list(@PathVariable UUID titleId,
                                @QueryValue(defaultValue = "20") @Min(1) @Max(100) int limit,
                                @Parameter(description = "nextCursor of the previous page") @QueryValue @Nullable
                                @Size(max = 2048) String cursor, @Nullable Authentication caller) {
        Optional<Role> role = LibraryHttp.role(caller);
        ListTitleReviewsQuery.ReviewsPage page = Outcomes.accepted(list.list(new ListTitleReviewsQuery.Listing(
                new TitleId(titleId), role, Cursors.decode(cursor), limit)));
        boolean moderator = role.filter(ReviewModeration::mayModerate).isPresent();
        return new TitleReviewPage(page.items().stream().map(entry -> TitleReviewResponse.of(entry, moderator))
                .toList(), page.nextAfter().map(Cursors::encode).orElse(null));
    }
}
