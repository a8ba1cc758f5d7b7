package app.marquee.adapter.rest.web.library;

import app.marquee.adapter.rest.problem.Problem;
import app.marquee.adapter.rest.security.Callers;
import app.marquee.adapter.rest.web.Outcomes;
import app.marquee.application.library.port.in.ForgetProgressUseCase;
import app.marquee.application.library.port.in.RecordProgressUseCase;
import app.marquee.domain.catalog.season.EpisodeId;
import app.marquee.domain.catalog.title.TitleId;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
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

/** The caller's player reports positions; the caller forgets entries. Only the caller's own entries are touched. */
@Controller("/api/v1/me")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearerAuth")
@Tag(name = "Library: watch progress", description = "Resume positions, history and continue watching")
@ApiResponse(responseCode = "400", description = "VALIDATION_FAILED, MALFORMED_JSON, INVALID_VALUE",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "401", description = "No valid access token", content = @Content(
        mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class WatchProgressController {
    private final RecordProgressUseCase record;
    private final ForgetProgressUseCase forget;

    public WatchProgressController(RecordProgressUseCase record, ForgetProgressUseCase forget) {
        this.record = record;
        this.forget = forget;
    }

    @Put("/progress/{titleId}")
    @Operation(operationId = "reportFilmProgress", summary = "Report where the caller is in a film",
            description = "Keeps one resume position per film; the latest report received wins. 90 % or more of"
                    + " the runtime marks the film watched, and the first time it was stays known. Runtimes are whole"
                    + " minutes, so a position up to 59 seconds past the runtime is kept as the runtime (the end).")
    @ApiResponse(responseCode = "200", description = "The entry as stored")
    @ApiResponse(responseCode = "404", description = "TITLE_NOT_FOUND (unknown or not published), EPISODE_NOT_FOUND",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = "EPISODE_REQUIRED (a series), POSITION_NEGATIVE,"
            + " POSITION_BEYOND_RUNTIME (a minute or more past the runtime)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public ProgressResponse reportFilm(Authentication caller, @PathVariable UUID titleId,
                                       @Body @Valid ProgressRequest body) {
        return report(caller, titleId, Optional.empty(), body);
    }

    @Put("/progress/{titleId}/episodes/{episodeId}")
    @Operation(operationId = "reportEpisodeProgress", summary = "Report where the caller is in an episode",
            description = "As for a film, per episode of a published series.")
    @ApiResponse(responseCode = "200", description = "The entry as stored")
    @ApiResponse(responseCode = "404", description = "TITLE_NOT_FOUND, EPISODE_NOT_FOUND (not an episode of this"
            + " series)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = "POSITION_NEGATIVE, POSITION_BEYOND_RUNTIME",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProgressResponse reportEpisode(Authentication caller, @PathVariable UUID titleId,
                                          @PathVariable UUID episodeId, @Body @Valid ProgressRequest body) {
        return report(caller, titleId, Optional.of(new EpisodeId(episodeId)), body);
    }

    @Delete("/history/{titleId}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(operationId = "forgetTitle", summary = "Remove a film, or every episode of a series, from the history",
            description = "It leaves continue watching too.")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "404", description = "PROGRESS_NOT_FOUND: the caller's history holds nothing of it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void forgetTitle(Authentication caller, @PathVariable UUID titleId) {
        Outcomes.accepted(forget.forget(new ForgetProgressUseCase.Command(Callers.accountId(caller),
                new TitleId(titleId), Optional.empty())));
    }

    @Delete("/history/{titleId}/episodes/{episodeId}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(operationId = "forgetEpisode", summary = "Remove one episode from the history")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "404", description = "PROGRESS_NOT_FOUND",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void forgetEpisode(Authentication caller, @PathVariable UUID titleId, @PathVariable UUID episodeId) {
        Outcomes.accepted(forget.forget(new ForgetProgressUseCase.Command(Callers.accountId(caller),
                new TitleId(titleId), Optional.of(new EpisodeId(episodeId)))));
    }

    private ProgressResponse report(Authentication caller, UUID titleId, Optional<EpisodeId> episode,
                                    ProgressRequest body) {
        return ProgressResponse.of(Outcomes.accepted(record.record(new RecordProgressUseCase.Command(
                Callers.accountId(caller), new TitleId(titleId), episode, body.positionSeconds()))));
    }
}
