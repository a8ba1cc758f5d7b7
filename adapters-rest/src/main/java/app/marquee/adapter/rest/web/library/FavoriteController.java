package app.marquee.adapter.rest.web.library;

import app.marquee.adapter.rest.problem.Problem;
import app.marquee.adapter.rest.security.Callers;
import app.marquee.adapter.rest.web.Cursors;
import app.marquee.adapter.rest.web.Outcomes;
import app.marquee.adapter.rest.web.library.FavoriteResponse.FavoritePage;
import app.marquee.application.library.port.in.AddFavoriteUseCase;
import app.marquee.application.library.port.in.ListFavoritesQuery;
import app.marquee.application.library.port.in.RemoveFavoriteUseCase;
import app.marquee.application.library.port.in.ViewFavoriteQuery;
import app.marquee.domain.catalog.title.TitleId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
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

import java.util.UUID;

@Controller("/api/v1/me/favorites")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearerAuth")
@Tag(name = "Library: favorites", description = "The titles a viewer keeps; adding and removing are idempotent")
@ApiResponse(responseCode = "400", description = "INVALID_VALUE (titleId), VALIDATION_FAILED, INVALID_CURSOR",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "401", description = "No valid access token", content = @Content(
        mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class FavoriteController {
    private final AddFavoriteUseCase add;
    private final RemoveFavoriteUseCase remove;
    private final ListFavoritesQuery list;
    private final ViewFavoriteQuery view;

    public FavoriteController(AddFavoriteUseCase add, RemoveFavoriteUseCase remove, ListFavoritesQuery list,
                              ViewFavoriteQuery view) {
        this.add = add;
        this.remove = remove;
        this.list = list;
        this.view = view;
    }

    @Put("/{titleId}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(operationId = "addFavorite", summary = "Add a title to my favorites", description = "Idempotent:"
            + " a title already there stays as first added. Only a published title can be added.")
    @ApiResponse(responseCode = "204", description = "The title is in my favorites")
    @ApiResponse(responseCode = "404", description = "TITLE_NOT_FOUND (unknown, draft or archived)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void add(@PathVariable UUID titleId, Authentication caller) {
        Outcomes.accepted(add.add(Callers.accountId(caller), new TitleId(titleId)));
    }

    @Delete("/{titleId}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(operationId = "removeFavorite", summary = "Remove a title from my favorites", description =
            "Idempotent: 204 also when it was not there, and for a title that has left the catalog since.")
    @ApiResponse(responseCode = "204", description = "The title is not in my favorites")
    public void remove(@PathVariable UUID titleId, Authentication caller) {
        remove.remove(Callers.accountId(caller), new TitleId(titleId));
    }

    @Get
    @Operation(operationId = "listFavorites", summary = "My favorites, newest first", description = "Titles that"
            + " left the catalog since stay listed, with available: false.")
    @ApiResponse(responseCode = "200", description = "One page of favorites")
    public FavoritePage list(@QueryValue(defaultValue = "20") @Min(1) @Max(100) int limit,
                             @Parameter(description = "nextCursor of the previous page") @QueryValue @Nullable
                             @Size(max = 2048) String cursor, Authentication caller) {
        ListFavoritesQuery.FavoritesPage page = Outcomes.accepted(list.list(new ListFavoritesQuery.Listing(
                Callers.accountId(caller), Cursors.decode(cursor), limit)));
        return new FavoritePage(page.items().stream().map(FavoriteResponse::of).toList(),
                page.nextAfter().map(Cursors::encode).orElse(null));
    }

    @Get("/{titleId}")
    @Operation(operationId = "getFavorite", summary = "Whether a title is in my favorites")
    @ApiResponse(responseCode = "200", description = "It is, since addedAt")
    @ApiResponse(responseCode = "404", description = "FAVORITE_NOT_FOUND", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FavoriteResponse get(@PathVariable UUID titleId, Authentication caller) {
        return FavoriteResponse.of(Outcomes.accepted(view.view(Callers.accountId(caller), new TitleId(titleId))));
    }
}
