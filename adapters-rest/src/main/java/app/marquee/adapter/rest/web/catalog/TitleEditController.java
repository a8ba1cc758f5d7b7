package app.marquee.adapter.rest.web.catalog;

import app.marquee.adapter.rest.problem.Problem;
import app.marquee.adapter.rest.problem.ProblemMessages;
import app.marquee.adapter.rest.web.Outcomes;
import app.marquee.adapter.rest.web.catalog.TitleRequests.TitleBody;
import app.marquee.application.catalog.port.in.RemoveTitleUseCase;
import app.marquee.application.catalog.port.in.ViewTitleQuery.TitleView;
import app.marquee.domain.catalog.title.TitleId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.net.URI;
import java.util.UUID;

@Controller("/api/v1/titles")
@Secured(CatalogHttp.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearerAuth")
@Tag(name = "Catalog: titles")
@ApiResponse(responseCode = "401", description = "No valid access token", content = @Content(
        mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "403", description = "Not an ADMIN", content = @Content(
        mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "400", description = "VALIDATION_FAILED, MALFORMED_JSON, INVALID_VALUE (with the field;"
        + " kind cannot change; a malformed If-Match)", content = @Content(mediaType = Problem.MEDIA_TYPE,
        schema = @Schema(implementation = Problem.class)))
public class TitleEditController {
    private final TitleEditor editor;
    private final RemoveTitleUseCase remove;
    private final ProblemMessages messages;

    public TitleEditController(TitleEditor editor, RemoveTitleUseCase remove, ProblemMessages messages) {
        this.editor = editor;
        this.remove = remove;
        this.messages = messages;
    }

    @Post
    @Operation(operationId = "createTitle",
            summary = "Draft a film or a series", description = "Only admins see it until it is published.")
    @ApiResponse(responseCode = "201", description = "The new title, with Location and ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TitleResponse.class)))
    @ApiResponse(responseCode = "422", description = "UNKNOWN_GENRE, UNKNOWN_PERSON, RUNTIME_REQUIRED,"
            + " RUNTIME_NOT_ALLOWED, RELEASE_YEAR_OUT_OF_RANGE", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public HttpResponse<TitleResponse> create(@Body @Valid TitleBody body, HttpRequest<?> request) {
        TitleView created = editor.create(body);
        return withETag(HttpResponse.created(TitleResponse.of(created, messages.localeOf(request)),
                URI.create("/api/v1/titles/" + created.title().id())), created);
    }

    @Put("/{id}")
    @Operation(operationId = "replaceTitle",
            summary = "Replace what is written about a title", description = "Every field is replaced; kind"
            + " cannot change. With If-Match, a title changed since is refused (412).")
    @ApiResponse(responseCode = "200", description = "The title, with its new ETag")
    @ApiResponse(responseCode = "404", description = "TITLE_NOT_FOUND", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "TITLE_ARCHIVED, CONCURRENT_UPDATE", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "412", description = "VERSION_MISMATCH", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = "UNKNOWN_GENRE, UNKNOWN_PERSON, RUNTIME_REQUIRED,"
            + " RUNTIME_NOT_ALLOWED, RELEASE_YEAR_OUT_OF_RANGE", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public HttpResponse<TitleResponse> replace(@PathVariable UUID id, @Header(ETags.IF_MATCH) @Nullable String ifMatch,
                                               @Body @Valid TitleBody body, HttpRequest<?> request) {
        TitleView revised = editor.replace(new TitleId(id), ifMatch, body);
        return withETag(HttpResponse.ok(TitleResponse.of(revised, messages.localeOf(request))), revised);
    }

    @Patch("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, CatalogHttp.MERGE_PATCH})
    @Operation(operationId = "patchTitle",
            summary = "Change some fields of a title, or its status", description = "A JSON merge patch of the"
            + " fields of PUT, plus status (DRAFT, PUBLISHED, ARCHIVED; an archived title goes back to DRAFT"
            + " only). With If-Match, a title changed since is refused (412).")
    @RequestBody(content = @Content(schema = @Schema(implementation = TitleRequests.TitlePatch.class)))
    @ApiResponse(responseCode = "200", description = "The title, with its new ETag")
    @ApiResponse(responseCode = "404", description = "TITLE_NOT_FOUND", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "TITLE_ARCHIVED, CONCURRENT_UPDATE", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "412", description = "VERSION_MISMATCH", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = "UNKNOWN_GENRE, UNKNOWN_PERSON, RUNTIME_REQUIRED,"
            + " RUNTIME_NOT_ALLOWED, RELEASE_YEAR_OUT_OF_RANGE", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public HttpResponse<TitleResponse> patch(@PathVariable UUID id, @Header(ETags.IF_MATCH) @Nullable String ifMatch,
                                             @Body JsonNode body, HttpRequest<?> request) {
        TitleView patched = editor.patch(new TitleId(id), ifMatch, body);
        return withETag(HttpResponse.ok(TitleResponse.of(patched, messages.localeOf(request))), patched);
    }

    @Delete("/{id}")
    @Operation(operationId = "removeTitle",
            summary = "Remove a title", description = "Deleted with its seasons when nothing refers to it (204);"
            + " archived otherwise (200): it leaves browsing, and references show it as unavailable.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "200", description = "Archived, because something still refers to it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Removal.class)))
    @ApiResponse(responseCode = "404", description = "TITLE_NOT_FOUND", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "CONCURRENT_UPDATE", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<Removal> delete(@PathVariable UUID id) {
        RemoveTitleUseCase.Removal removal = Outcomes.accepted(remove.remove(new TitleId(id)));
        return removal == RemoveTitleUseCase.Removal.DELETED ? HttpResponse.noContent()
                : HttpResponse.ok(new Removal(removal.name()));
    }

    private static MutableHttpResponse<TitleResponse> withETag(MutableHttpResponse<TitleResponse> response,
                                                               TitleView title) {
        return response.header(HttpHeaders.ETAG, ETags.of(title.title().version()));
    }

    @Serdeable
    @Schema(name = "TitleRemoval")
    public record Removal(@Schema(allowableValues = {"ARCHIVED"}) String outcome) {
    }
}
