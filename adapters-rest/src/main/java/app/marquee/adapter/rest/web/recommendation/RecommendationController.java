package app.marquee.adapter.rest.web.recommendation;

import app.marquee.adapter.rest.problem.Problem;
import app.marquee.adapter.rest.problem.ProblemMessages;
import app.marquee.adapter.rest.security.Callers;
import app.marquee.adapter.rest.web.library.TitleRefResponse;
import app.marquee.adapter.rest.web.recommendation.RecommendationResponse.RecommendationList;
import app.marquee.application.catalog.port.in.ListGenresQuery;
import app.marquee.application.recommendation.port.in.RecommendTitlesQuery;
import app.marquee.application.recommendation.port.in.ShowRecommendationsQuery;
import app.marquee.domain.catalog.genre.Genre;
import app.marquee.domain.catalog.genre.GenreId;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@Controller("/api/v1/me/recommendations")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearerAuth")
@Tag(name = "Recommendations", description = "What a viewer may enjoy next, and why")
public class RecommendationController {
    private final ShowRecommendationsQuery recommendations;
    private final ListGenresQuery genres;
    private final ReasonTexts reasons;
    private final ProblemMessages messages;

    public RecommendationController(ShowRecommendationsQuery recommendations, ListGenresQuery genres,
                                    ReasonTexts reasons, ProblemMessages messages) {
        this.recommendations = recommendations;
        this.genres = genres;
        this.reasons = reasons;
        this.messages = messages;
    }

    @Get
    @Operation(operationId = "listRecommendations", summary = "Titles I may enjoy next, best first",
            description = "Published titles only, never one I favorited, finished, liked or disliked. Each comes"
                    + " with a score and a reason (kind, and a sentence in the Accept-Language: en, fr). Without"
                    + " history: the most popular titles. The same data gives the same list (for a few minutes"
                    + " after a catalog change or a popularity refresh, instances may still weigh it differently).")
    @ApiResponse(responseCode = "200", description = "Up to limit recommendations")
    @ApiResponse(responseCode = "400", description = "VALIDATION_FAILED (limit is 1 to 50), INVALID_VALUE",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No valid access token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RecommendationList list(@QueryValue(defaultValue = "20") @Min(1) @Max(50) int limit,
                                   Authentication caller, HttpRequest<?> request) {
        Locale locale = messages.localeOf(request);
        Map<GenreId, Genre> byId = genres.list().stream().collect(Collectors.toMap(Genre::id, Function.identity()));
        return new RecommendationList(recommendations.show(new RecommendTitlesQuery.Request(
                        Callers.accountId(caller), limit)).stream()
                .map(item -> new RecommendationResponse(TitleRefResponse.of(item.title()),
                        item.recommendation().score(),
                        reasons.render(item.recommendation().reason(), byId, locale)))
                .toList());
    }
}
