package app.marquee.adapter.rest.web.library;

import app.marquee.adapter.rest.problem.Problem;
import app.marquee.adapter.rest.security.Callers;
import app.marquee.adapter.rest.web.Cursors;
import app.marquee.adapter.rest.web.Outcomes;
import app.marquee.adapter.rest.web.library.MyReviewResponse.MyReviewPage;
import app.marquee.application.library.port.in.ListMyReviewsQuery;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

@Controller("/api/v1/me/reviews")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearerAuth")
@Tag(name = "Library: reviews")
public class MyReviewController {
    private final ListMyReviewsQuery list;

    public MyReviewController(ListMyReviewsQuery list) {
        this.list = list;
    }

    @Get
    @Operation(operationId = "listMyReviews", summary = "My reviews, newest first", description = "Hidden ones"
            + " included (flagged hidden), each with its title, which may have left the catalog since.")
    @ApiResponse(responseCode = "200", description = "One page of my reviews")
    @ApiResponse(responseCode = "400", description = "VALIDATION_FAILED, INVALID_CURSOR", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No valid access token", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MyReviewPage list(@QueryValue(defaultValue = "20") @Min(1) @Max(100) int limit,
                             @Parameter(description = "nextCursor of the previous page") @QueryValue @Nullable
                             @Size(max = 2048) String cursor, Authentication caller) {
        ListMyReviewsQuery.MyReviewsPage page = Outcomes.accepted(list.list(new ListMyReviewsQuery.Listing(
                Callers.accountId(caller), Cursors.decode(cursor), limit)));
        return new MyReviewPage(page.items().stream().map(MyReviewResponse::of).toList(),
                page.nextAfter().map(Cursors::encode).orElse(null));
    }
}
