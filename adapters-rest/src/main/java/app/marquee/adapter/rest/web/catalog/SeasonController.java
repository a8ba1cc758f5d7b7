package app.marquee.adapter.rest.web.catalog;

import app.marquee.adapter.rest.problem.Problem;
import app.marquee.adapter.rest.web.Outcomes;
import app.marquee.application.catalog.port.in.AddSeasonUseCase;
import app.marquee.application.catalog.port.in.RemoveSeasonUseCase;
import app.marquee.application.catalog.port.in.RenameSeasonUseCase;
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
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
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

@Controller("/api/v1/titles/{id}/seasons")
@Secured(CatalogHttp.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearerAuth")
@Tag(name = "Catalog: seasons and episodes", description = "The seasons of a series and their episodes (ADMIN only)")
@ApiResponse(responseCode = "400", description = "VALIDATION_FAILED, MALFORMED_JSON, INVALID_VALUE (with the field)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "401", description = "No valid access token", content = @Content(
        mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "403", description = "Not an ADMIN", content = @Content(
        mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class SeasonController {
    private final AddSeasonUseCase add;
    private final RenameSeasonUseCase rename;
    private final RemoveSeasonUseCase remove;

    public SeasonController(AddSeasonUseCase add, RenameSeasonUseCase rename, RemoveSeasonUseCase remove) {
        this.add = add;
        this.rename = rename;
        this.remove = remove;
    }

    @Post
    @Operation(operationId = "addSeason",
            summary = "Open a season of a series", description = "Season numbers are unique within a series;"
            + " 0 holds the specials.")
    @ApiResponse(responseCode = "201", description = "The new season",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SeasonResponse.class)))
    @ApiResponse(responseCode = "404", description = "TITLE_NOT_FOUND", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "SEASON_NUMBER_TAKEN, CONCURRENT_UPDATE", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = "NOT_A_SERIES", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<SeasonResponse> add(@PathVariable UUID id, @Body @Valid SeasonRequests.SeasonBody body) {
        Season season = Outcomes.accepted(add.add(new AddSeasonUseCase.Command(new TitleId(id), body.number(),
                body.checkedName())));
        return HttpResponse.created(SeasonResponse.of(season)).header(HttpHeaders.ETAG, ETags.of(season.version()));
    }

    @Patch("/{number}")
    @Operation(operationId = "renameSeason",
            summary = "Name or rename a season", description = "With If-Match (one ETag), a season changed since"
            + " is refused (412).")
    @ApiResponse(responseCode = "200", description = "The season, with its new ETag")
    @ApiResponse(responseCode = "412", description = "VERSION_MISMATCH", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "TITLE_NOT_FOUND, SEASON_NOT_FOUND", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "CONCURRENT_UPDATE", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<SeasonResponse> rename(@PathVariable UUID id, @PathVariable int number,
                                               @Header(ETags.IF_MATCH) @Nullable String ifMatch,
                                               @Body @Valid SeasonRequests.SeasonChange body) {
        Season season = Outcomes.accepted(rename.rename(new RenameSeasonUseCase.Command(new TitleId(id), number,
                body.checkedName(), ETags.expectedVersion(ifMatch))));
        return HttpResponse.ok(SeasonResponse.of(season)).header(HttpHeaders.ETAG, ETags.of(season.version()));
    }

    @Delete("/{number}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(operationId = "removeSeason",
            summary = "Remove a season and its episodes", description = "With If-Match (one ETag), a season"
            + " changed since is refused (412).")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "412", description = "VERSION_MISMATCH", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "TITLE_NOT_FOUND, SEASON_NOT_FOUND", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void remove(@PathVariable UUID id, @PathVariable int number,
                       @Header(ETags.IF_MATCH) @Nullable String ifMatch) {
        Outcomes.accepted(remove.remove(new RemoveSeasonUseCase.Command(new TitleId(id), number,
                ETags.expectedVersion(ifMatch))));
    }
}
