package app.marquee.adapter.rest.web.library;

import app.marquee.adapter.rest.problem.Problem;
import app.marquee.adapter.rest.security.Callers;
import app.marquee.adapter.rest.web.Cursors;
import app.marquee.adapter.rest.web.Outcomes;
import app.marquee.application.library.port.in.ContinueWatchingQuery;
import app.marquee.application.library.port.in.ViewHistoryQuery;
import app.marquee.domain.library.progress.ContinueWatching;
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

/** The caller's own history and continue-watching list: there is no route to anyone else's. */
@Controller("/api/v1/me")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearerAuth")
@Tag(name = "Library: watch progress")
@ApiResponse(responseCode = "401", description = "No valid access token", content = @Content(
        mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class WatchHistoryController {
    private final ViewHistoryQuery history;
    private final ContinueWatchingQuery continueWatching;

    public WatchHistoryController(ViewHistoryQuery history, ContinueWatchingQuery continueWatching) {
        this.history = history;
        this.continueWatching = continueWatching;
    }

    @Get("/history")
    @Operation(operationId = "watchHistory", summary = "The caller's viewing history, last watched first",
            description = "One entry per film and per episode. Titles that left the catalog stay listed with"
                    + " available: false.")
    @ApiResponse(responseCode = "200", description = "One page of the history")
    @ApiResponse(responseCode = "400", description = "VALIDATION_FAILED, INVALID_CURSOR", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProgressResponse.HistoryPage history(Authentication caller,
                                                @QueryValue(defaultValue = "20") @Min(1) @Max(100) int limit,
                                                @Parameter(description = "nextCursor of the previous page")
                                                @QueryValue @Nullable @Size(max = 2048) String cursor) {
        ViewHistoryQuery.History page = Outcomes.accepted(history.history(new ViewHistoryQuery.Query(
                Callers.accountId(caller), Cursors.decode(cursor), limit)));
        return new ProgressResponse.HistoryPage(page.entries().stream().map(ProgressResponse::of).toList(),
                page.nextAfter().map(Cursors::encode).orElse(null));
    }

    @Get("/continue-watching")
    @Operation(operationId = "continueWatching", summary = "What the caller may pick up again",
            description = "One line per title, last watched first: films and episodes left before 90 %, and for a"
                    + " series whose last episode watched was finished, the next one (next: true), across seasons."
                    + " Finished films, series finished to their last episode and titles no longer on the catalog"
                    + " are left out. Looks at the caller's 1,000 most recent entries.")
    @ApiResponse(responseCode = "200", description = "At most limit lines")
    @ApiResponse(responseCode = "400", description = "VALIDATION_FAILED", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ResumeResponse.ResumeList continueWatching(Authentication caller,
                                                     @QueryValue(defaultValue = "" + ContinueWatching.DEFAULT_LIMIT)
                                                     @Min(1) @Max(ContinueWatching.MAX_LIMIT) int limit) {
        return new ResumeResponse.ResumeList(continueWatching.continueWatching(Callers.accountId(caller), limit)
                .stream().map(ResumeResponse::of).toList());
    }
}
