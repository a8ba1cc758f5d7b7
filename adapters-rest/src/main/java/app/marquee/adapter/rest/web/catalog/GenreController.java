package app.marquee.adapter.rest.web.catalog;

import app.marquee.adapter.rest.problem.Problem;
import app.marquee.adapter.rest.problem.ProblemMessages;
import app.marquee.adapter.rest.web.Outcomes;
import app.marquee.adapter.rest.web.catalog.GenreResponse.GenreList;
import app.marquee.application.catalog.port.in.CreateGenreUseCase;
import app.marquee.application.catalog.port.in.DeleteGenreUseCase;
import app.marquee.application.catalog.port.in.ListGenresQuery;
import app.marquee.application.catalog.port.in.RenameGenreUseCase;
import app.marquee.domain.catalog.genre.GenreId;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.UUID;

@Controller("/api/v1/genres")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Catalog: genres", description = "Anyone lists genres; admins manage them")
public class GenreController {
    private final ListGenresQuery list;
    private final CreateGenreUseCase create;
    private final RenameGenreUseCase rename;
    private final DeleteGenreUseCase delete;
    private final ProblemMessages messages;

    public GenreController(ListGenresQuery list, CreateGenreUseCase create, RenameGenreUseCase rename,
                           DeleteGenreUseCase delete, ProblemMessages messages) {
        this.list = list;
        this.create = create;
        this.rename = rename;
        this.delete = delete;
        this.messages = messages;
    }

    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(operationId = "listGenres",
            summary = "Every genre, by slug", description = "name follows Accept-Language (en, fr).")
    @ApiResponse(responseCode = "200", description = "The genres")
    public GenreList list(HttpRequest<?> request) {
        return new GenreList(list.list().stream().map(genre -> GenreResponse.of(genre, messages.localeOf(request)))
                .toList());
    }

    @Post
    @Secured(CatalogHttp.ADMIN)
    @SecurityRequirement(name = "bearerAuth")
    @Operation(operationId = "createGenre",
            summary = "Add a genre")
    @ApiResponse(responseCode = "201", description = "The new genre",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = GenreResponse.class)))
    @ApiResponse(responseCode = "400", description = "VALIDATION_FAILED, MALFORMED_JSON, INVALID_VALUE (slug, names)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No valid access token", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Not an ADMIN", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "GENRE_SLUG_TAKEN", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<GenreResponse> create(@Body @Valid GenreRequests.GenreBody body, HttpRequest<?> request) {
        return HttpResponse.created(GenreResponse.of(Outcomes.accepted(create.create(new CreateGenreUseCase.Command(
                body.checkedSlug(), body.names().checked()))), messages.localeOf(request)));
    }

    @Patch("/{id}")
    @Secured(CatalogHttp.ADMIN)
    @SecurityRequirement(name = "bearerAuth")
    @Operation(operationId = "renameGenre",
            summary = "Rename a genre", description = "Its slug stays.")
    @ApiResponse(responseCode = "200", description = "The genre")
    @ApiResponse(responseCode = "400", description = "VALIDATION_FAILED, MALFORMED_JSON, INVALID_VALUE (names)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No valid access token", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Not an ADMIN", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "GENRE_NOT_FOUND", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "CONCURRENT_UPDATE", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public GenreResponse rename(@PathVariable UUID id, @Body @Valid GenreRequests.GenreChange body,
                                HttpRequest<?> request) {
        return GenreResponse.of(Outcomes.accepted(rename.rename(new RenameGenreUseCase.Command(new GenreId(id),
                body.names().checked()))), messages.localeOf(request));
    }

    @Delete("/{id}")
    @Secured(CatalogHttp.ADMIN)
    @SecurityRequirement(name = "bearerAuth")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteGenre",
            summary = "Delete a genre no title uses")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "401", description = "No valid access token", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Not an ADMIN", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "GENRE_NOT_FOUND", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "STILL_REFERENCED", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void delete(@PathVariable UUID id) {
        Outcomes.accepted(delete.delete(new GenreId(id)));
    }
}
