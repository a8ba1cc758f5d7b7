package app.marquee.adapter.rest.web.library;

import app.marquee.adapter.rest.problem.Problem;
import app.marquee.adapter.rest.security.Callers;
import app.marquee.adapter.rest.web.Cursors;
import app.marquee.adapter.rest.web.Fields;
import app.marquee.adapter.rest.web.Outcomes;
import app.marquee.adapter.rest.web.catalog.ETags;
import app.marquee.application.library.port.in.CreatePlaylistUseCase;
import app.marquee.application.library.port.in.DeletePlaylistUseCase;
import app.marquee.application.library.port.in.EditPlaylistUseCase;
import app.marquee.application.library.port.in.ListPlaylistsQuery;
import app.marquee.application.library.port.in.PlaylistView;
import app.marquee.application.library.port.in.ViewPlaylistQuery;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.playlist.PlaylistDescription;
import app.marquee.domain.library.playlist.PlaylistId;
import app.marquee.domain.library.playlist.PlaylistName;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import java.io.IOException;
import java.net.URI;
import java.util.UUID;

@Controller("/api/v1/me/playlists")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearerAuth")
@Tag(name = "Me: playlists", description = "The caller's own ordered lists of titles; another viewer's playlist"
        + " is 404, as a missing one")
@ApiResponse(responseCode = "400", description = "VALIDATION_FAILED, MALFORMED_JSON, INVALID_VALUE (with the field;"
        + " a malformed If-Match), INVALID_CURSOR", content = @Content(mediaType = Problem.MEDIA_TYPE,
        schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "401", description = "No valid access token", content = @Content(
        mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PlaylistController {
    private final CreatePlaylistUseCase create;
    private final ListPlaylistsQuery list;
    private final ViewPlaylistQuery view;
    private final EditPlaylistUseCase edit;
    private final DeletePlaylistUseCase delete;
    private final PlaylistHttp http;
    private final JsonMapper json;

    public PlaylistController(CreatePlaylistUseCase create, ListPlaylistsQuery list, ViewPlaylistQuery view,
                              EditPlaylistUseCase edit, DeletePlaylistUseCase delete, PlaylistHttp http,
                              JsonMapper json) {
        this.json = json;
        this.create = create;
        this.list = list;
        this.view = view;
        this.edit = edit;
        this.delete = delete;
        this.http = http;
    }

    @Post
    @Operation(operationId = "createPlaylist", summary = "Start an empty playlist")
    @ApiResponse(responseCode = "201", description = "The new playlist, with Location and ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PlaylistResponse.class)))
    @ApiResponse(responseCode = "409", description = "PLAYLIST_NAME_TAKEN (ignoring case)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<PlaylistResponse> create(Authentication caller,
                                                 @Body @Valid PlaylistRequests.PlaylistBody body) {
        PlaylistName name = Fields.parse("name", () -> new PlaylistName(body.name()));
        PlaylistView created = Outcomes.accepted(create.create(new CreatePlaylistUseCase.Command(
                Callers.accountId(caller), name,
                Fields.parse("description", () -> PlaylistDescription.of(body.description())))));
        return PlaylistHttp.withETag(HttpResponse.created(PlaylistResponse.of(created),
                URI.create("/api/v1/me/playlists/" + created.playlist().id())), created.playlist().version());
    }

    @Get
    @Operation(operationId = "listPlaylists", summary = "The caller's playlists, by name",
            description = "Ignoring case; each with its number of titles and its first four titles.")
    @ApiResponse(responseCode = "200", description = "One page of playlists")
    public PlaylistPage list(Authentication caller, @QueryValue(defaultValue = "20") @Min(1) @Max(100) int limit,
                             @Parameter(description = "nextCursor of the previous page") @QueryValue @Nullable
                             @Size(max = 2048) String cursor) {
        return PlaylistPage.of(Outcomes.accepted(list.list(new ListPlaylistsQuery.Query(Callers.accountId(caller),
                Cursors.decode(cursor), limit))));
    }

    @Get("/{id}")
    @Operation(operationId = "getPlaylist", summary = "One of the caller's playlists with all its titles, in order",
            description = "At most 500 titles, so never paged. A title that left the catalog stays, with"
                    + " available: false. ETag: \"<version>.<digest of what is shown>\"; If-None-Match with it: 304;"
                    + " If-Match on a write reads its version.")
    @ApiResponse(responseCode = "200", description = "The playlist")
    @ApiResponse(responseCode = "304", description = "Not modified since the ETag given")
    @ApiResponse(responseCode = "404", description = "PLAYLIST_NOT_FOUND (also another viewer's)", content =
            @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<PlaylistResponse> get(Authentication caller, @PathVariable UUID id,
                                              @Header(ETags.IF_NONE_MATCH) @Nullable String ifNoneMatch) {
        PlaylistView playlist = Outcomes.accepted(view.view(Callers.accountId(caller), new PlaylistId(id)));
        PlaylistResponse body = PlaylistResponse.of(playlist);
        String etag = representationTag(playlist.playlist().version(), body);
        if (ETags.noneMatchHits(ifNoneMatch, etag.substring(1, etag.length() - 1))) {
            return HttpResponse.<PlaylistResponse>notModified().header(HttpHeaders.ETAG, etag);
        }
        return HttpResponse.ok(body).header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, "private, no-cache");
    }

    /** The version and a digest of what is shown: a title leaving the catalog changes the list, not its version. */
    private String representationTag(long version, PlaylistResponse body) {
        try {
            return ETags.ofRepresentation(version, json.writeValueAsBytes(body));
        } catch (IOException unserialisable) {
            throw new IllegalStateException("a playlist response always serialises", unserialisable);
        }
    }

    @Patch("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, PlaylistHttp.MERGE_PATCH})
    @Operation(operationId = "patchPlaylist", summary = "Rename or redescribe a playlist",
            description = "A JSON merge patch of name and description (null removes the description). With"
                    + " If-Match, a playlist changed since is refused (412). A patch that changes nothing ({}) writes"
                    + " nothing: the same ETag comes back.")
    @RequestBody(content = @Content(schema = @Schema(implementation = PlaylistRequests.PlaylistPatch.class)))
    @ApiResponse(responseCode = "200", description = "The playlist, with its new ETag")
    @ApiResponse(responseCode = "404", description = "PLAYLIST_NOT_FOUND", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "PLAYLIST_NAME_TAKEN", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "412", description = "VERSION_MISMATCH", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<PlaylistResponse> patch(Authentication caller, @PathVariable UUID id,
                                                @Header(ETags.IF_MATCH) @Nullable String ifMatch,
                                                @Body JsonNode body) {
        AccountId owner = Callers.accountId(caller);
        PlaylistId playlistId = new PlaylistId(id);
        EditPlaylistUseCase.Command command = PlaylistHttp.edit(owner, playlistId, body,
                http.expectedVersion(owner, playlistId, ifMatch));
        PlaylistView edited = Outcomes.accepted(edit.edit(command));
        return PlaylistHttp.withETag(HttpResponse.ok(PlaylistResponse.of(edited)), edited.playlist().version());
    }

    @Delete("/{id}")
    @Operation(operationId = "deletePlaylist", summary = "Delete a playlist",
            description = "Its items go with it; the titles stay in the catalog. Optional If-Match.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "404", description = "PLAYLIST_NOT_FOUND", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "412", description = "VERSION_MISMATCH", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<Void> delete(Authentication caller, @PathVariable UUID id,
                                     @Header(ETags.IF_MATCH) @Nullable String ifMatch) {
        AccountId owner = Callers.accountId(caller);
        PlaylistId playlistId = new PlaylistId(id);
        Outcomes.accepted(delete.delete(owner, playlistId, http.expectedVersion(owner, playlistId, ifMatch)));
        return HttpResponse.noContent();
    }
}
