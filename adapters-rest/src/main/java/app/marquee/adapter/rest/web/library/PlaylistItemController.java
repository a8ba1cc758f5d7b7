package app.marquee.adapter.rest.web.library;

import app.marquee.adapter.rest.problem.Problem;
import app.marquee.adapter.rest.security.Callers;
import app.marquee.adapter.rest.web.Outcomes;
import app.marquee.adapter.rest.web.catalog.ETags;
import app.marquee.application.library.port.in.AddToPlaylistUseCase;
import app.marquee.application.library.port.in.MovePlaylistItemUseCase;
import app.marquee.application.library.port.in.PlaylistView;
import app.marquee.application.library.port.in.RemoveFromPlaylistUseCase;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.playlist.PlaylistId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
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
import java.util.OptionalInt;
import java.util.UUID;

/** The titles of a playlist: added, moved, taken out. Each write answers with the playlist's new ETag. */
@Controller("/api/v1/me/playlists/{id}/items")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearerAuth")
@Tag(name = "Me: playlists")
@ApiResponse(responseCode = "400", description = "VALIDATION_FAILED, MALFORMED_JSON, INVALID_VALUE (a malformed"
        + " If-Match)", content = @Content(mediaType = Problem.MEDIA_TYPE,
        schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "401", description = "No valid access token", content = @Content(
        mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "412", description = "VERSION_MISMATCH (If-Match names another version)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PlaylistItemController {
    private final AddToPlaylistUseCase add;
    private final RemoveFromPlaylistUseCase remove;
    private final MovePlaylistItemUseCase move;
    private final PlaylistHttp http;

    public PlaylistItemController(AddToPlaylistUseCase add, RemoveFromPlaylistUseCase remove,
                                  MovePlaylistItemUseCase move, PlaylistHttp http) {
        this.add = add;
        this.remove = remove;
        this.move = move;
        this.http = http;
    }

    @Post
    @Operation(operationId = "addToPlaylist", summary = "Put a published title in the playlist",
            description = "At position (0 to the number of items; the titles from there move down one), or at the"
                    + " end. Answers with the whole playlist.")
    @ApiResponse(responseCode = "200", description = "The playlist, with its new ETag")
    @ApiResponse(responseCode = "404", description = "PLAYLIST_NOT_FOUND, TITLE_NOT_FOUND (unknown or not"
            + " published)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "TITLE_ALREADY_IN_PLAYLIST, PLAYLIST_FULL (500 titles)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = "POSITION_OUT_OF_RANGE", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<PlaylistResponse> add(Authentication caller, @PathVariable UUID id,
                                              @Header(ETags.IF_MATCH) @Nullable String ifMatch,
                                              @Body @Valid PlaylistRequests.ItemBody body) {
        AccountId owner = Callers.accountId(caller);
        PlaylistId playlistId = new PlaylistId(id);
        PlaylistView view = Outcomes.accepted(add.add(new AddToPlaylistUseCase.Command(owner, playlistId,
                new TitleId(body.titleId()),
                body.position() == null ? OptionalInt.empty() : OptionalInt.of(body.position()),
                http.expectedVersion(owner, playlistId, ifMatch))));
        return PlaylistHttp.withETag(HttpResponse.ok(PlaylistResponse.of(view)), view.playlist().version());
    }

    @Delete("/{titleId}")
    @Operation(operationId = "removeFromPlaylist", summary = "Take a title out of the playlist",
            description = "The titles after it move up one.")
    @ApiResponse(responseCode = "204", description = "Taken out; ETag is the playlist's new one")
    @ApiResponse(responseCode = "404", description = "PLAYLIST_NOT_FOUND, PLAYLIST_ITEM_NOT_FOUND", content =
            @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<Void> remove(Authentication caller, @PathVariable UUID id, @PathVariable UUID titleId,
                                     @Header(ETags.IF_MATCH) @Nullable String ifMatch) {
        AccountId owner = Callers.accountId(caller);
        PlaylistId playlistId = new PlaylistId(id);
        PlaylistView view = Outcomes.accepted(remove.remove(new RemoveFromPlaylistUseCase.Command(owner, playlistId,
                new TitleId(titleId), http.expectedVersion(owner, playlistId, ifMatch))));
        return PlaylistHttp.withETag(HttpResponse.noContent(), view.playlist().version());
    }

    @Put("/{titleId}/position")
    @Operation(operationId = "movePlaylistItem", summary = "Move a title to another position",
            description = "It ends up exactly at position (0 to the number of items less one); the others keep"
                    + " their order.")
    @ApiResponse(responseCode = "200", description = "The playlist, with its new ETag")
    @ApiResponse(responseCode = "404", description = "PLAYLIST_NOT_FOUND, PLAYLIST_ITEM_NOT_FOUND", content =
            @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = "POSITION_OUT_OF_RANGE", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<PlaylistResponse> move(Authentication caller, @PathVariable UUID id,
                                               @PathVariable UUID titleId,
                                               @Header(ETags.IF_MATCH) @Nullable String ifMatch,
                                               @Body @Valid PlaylistRequests.PositionBody body) {
        AccountId owner = Callers.accountId(caller);
        PlaylistId playlistId = new PlaylistId(id);
        Optional<Long> expected = http.expectedVersion(owner, playlistId, ifMatch);
        PlaylistView view = Outcomes.accepted(move.move(new MovePlaylistItemUseCase.Command(owner, playlistId,
                new TitleId(titleId), body.position(), expected)));
        return PlaylistHttp.withETag(HttpResponse.ok(PlaylistResponse.of(view)), view.playlist().version());
    }
}
