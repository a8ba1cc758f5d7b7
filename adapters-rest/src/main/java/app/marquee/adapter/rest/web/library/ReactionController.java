package app.marquee.adapter.rest.web.library;

import app.marquee.adapter.rest.problem.Problem;
import app.marquee.adapter.rest.security.Callers;
import app.marquee.adapter.rest.web.Outcomes;
import app.marquee.adapter.rest.web.library.ReactionResponse.ReactionBody;
import app.marquee.application.library.port.in.ClearReactionUseCase;
import app.marquee.application.library.port.in.ReactToTitleUseCase;
import app.marquee.application.library.port.in.ViewReactionQuery;
import app.marquee.domain.catalog.title.TitleId;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
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

import java.util.UUID;

@Controller("/api/v1/me/reactions")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearerAuth")
@Tag(name = "Library: likes", description = "One like or dislike per viewer and title")
@ApiResponse(responseCode = "400", description = "INVALID_VALUE (titleId, reaction), VALIDATION_FAILED",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "401", description = "No valid access token", content = @Content(
        mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ReactionController {
    private final ReactToTitleUseCase react;
    private final ClearReactionUseCase clear;
    private final ViewReactionQuery view;

    public ReactionController(ReactToTitleUseCase react, ClearReactionUseCase clear, ViewReactionQuery view) {
        this.react = react;
        this.clear = clear;
        this.view = view;
    }

    @Put("/{titleId}")
    @Operation(operationId = "react", summary = "Like or dislike a title", description = "Replaces my previous"
            + " reaction to it. Only a published title can be liked.")
    @ApiResponse(responseCode = "200", description = "My reaction now")
    @ApiResponse(responseCode = "404", description = "TITLE_NOT_FOUND", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReactionResponse react(@PathVariable UUID titleId, @Body @Valid ReactionBody body, Authentication caller) {
        return ReactionResponse.of(Outcomes.accepted(react.react(Callers.accountId(caller), new TitleId(titleId),
                body.checked())));
    }

    @Delete("/{titleId}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(operationId = "clearReaction", summary = "Take back my like or dislike", description = "Idempotent.")
    @ApiResponse(responseCode = "204", description = "No reaction of mine to this title")
    public void clear(@PathVariable UUID titleId, Authentication caller) {
        clear.clear(Callers.accountId(caller), new TitleId(titleId));
    }

    @Get("/{titleId}")
    @Operation(operationId = "getReaction", summary = "My like or dislike of a title")
    @ApiResponse(responseCode = "200", description = "My reaction")
    @ApiResponse(responseCode = "404", description = "REACTION_NOT_FOUND", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReactionResponse get(@PathVariable UUID titleId, Authentication caller) {
        return ReactionResponse.of(Outcomes.accepted(view.view(Callers.accountId(caller), new TitleId(titleId))));
    }
}
