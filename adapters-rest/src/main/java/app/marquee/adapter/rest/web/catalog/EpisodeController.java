package app.marquee.adapter.rest.web.catalog;

import app.marquee.adapter.rest.problem.Problem;
import app.marquee.adapter.rest.web.Outcomes;
import app.marquee.adapter.rest.web.catalog.SeasonResponse.EpisodeResponse;
import app.marquee.application.catalog.port.in.AddEpisodeUseCase;
import app.marquee.application.catalog.port.in.EpisodeDraft;
import app.marquee.application.catalog.port.in.RemoveEpisodeUseCase;
import app.marquee.application.catalog.port.in.ReviseEpisodeUseCase;
import app.marquee.domain.catalog.season.EpisodeId;
import app.marquee.domain.catalog.season.Season;
import app.marquee.domain.catalog.title.TitleId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.UUID;

@Controller("/api/v1/titles/{id}/seasons/{number}/episodes")
@Secured(CatalogHttp.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearerAuth")
@Tag(name = "Catalog: seasons and episodes")
@ApiResponse(responseCode = "400", description = "VALIDATION_FAILED, MALFORMED_JSON, INVALID_VALUE (with the field)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "401", description = "No valid access token", content = @Content(
        mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "403", description = "Not an ADMIN", content = @Content(
        mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "404", description = "TITLE_NOT_FOUND, SEASON_NOT_FOUND, EPISODE_NOT_FOUND",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class EpisodeController {
    private final AddEpisodeUseCase add;
    private final ReviseEpisodeUseCase revise;
    private final RemoveEpisodeUseCase remove;

    public EpisodeController(AddEpisodeUseCase add, ReviseEpisodeUseCase revise, RemoveEpisodeUseCase remove) {
        this.add = add;
        this.revise = revise;
        this.remove = remove;
    }

    @Post
    @Operation(operationId = "addEpisode",
            summary = "Add an episode to a season", description = "Episode numbers are unique within a season.")
    @ApiResponse(responseCode = "201", description = "The new episode, with the season's new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EpisodeResponse.class)))
    @ApiResponse(responseCode = "409", description = "EPISODE_NUMBER_TAKEN, CONCURRENT_UPDATE", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<EpisodeResponse> add(@PathVariable UUID id, @PathVariable int number,
                                             @Body @Valid SeasonRequests.EpisodeBody body) {
        EpisodeDraft draft = body.draft();
        Season season = Outcomes.accepted(add.add(new AddEpisodeUseCase.Command(new TitleId(id), number, draft)));
        return HttpResponse.created(EpisodeResponse.of(season.episode(draft.number()).orElseThrow()))
                .header(HttpHeaders.ETAG, ETags.of(season.version()));
    }

    @Put("/{episodeId}")
    @Operation(operationId = "reviseEpisode",
            summary = "Rewrite an episode", description = "It may be renumbered within its season. With If-Match"
            + " (the season's ETag), a season changed since is refused (412).")
    @ApiResponse(responseCode = "200", description = "The episode, with the season's new ETag")
    @ApiResponse(responseCode = "412", description = "VERSION_MISMATCH", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "EPISODE_NUMBER_TAKEN, CONCURRENT_UPDATE", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<EpisodeResponse> revise(@PathVariable UUID id, @PathVariable int number,
                                                @PathVariable UUID episodeId,
                                                @Header(ETags.IF_MATCH) @Nullable String ifMatch,
                                                @Body @Valid SeasonRequests.EpisodeBody body) {
        EpisodeId episode = new EpisodeId(episodeId);
        Season season = Outcomes.accepted(revise.revise(new ReviseEpisodeUseCase.Command(new TitleId(id), number,
                episode, body.draft(), ETags.expectedVersion(ifMatch))));
        return HttpResponse.ok(EpisodeResponse.of(season.episodes().stream()
                        .filter(revised -> revised.id().equals(episode)).findFirst().orElseThrow()))
                .header(HttpHeaders.ETAG, ETags.of(season.version()));
    }

    @Delete("/{episodeId}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(operationId = "removeEpisode",
            summary = "Remove an episode", description = "With If-Match (the season's ETag), a season changed"
            + " since is refused (412).")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "412", description = "VERSION_MISMATCH", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "CONCURRENT_UPDATE", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void remove(@PathVariable UUID id, @PathVariable int number, @PathVariable UUID episodeId,
                       @Header(ETags.IF_MATCH) @Nullable String ifMatch) {
        Outcomes.accepted(remove.remove(new RemoveEpisodeUseCase.Command(new TitleId(id), number,
                new EpisodeId(episodeId), ETags.expectedVersion(ifMatch))));
    }
}
