package app.marquee.adapter.rest.web.library;

import app.marquee.application.library.port.in.FavoriteEntry;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** A title in the viewer's favorites, and when it was added. */
@Serdeable
@Schema(name = "Favorite")
public record FavoriteResponse(TitleRefResponse title, Instant addedAt) {

    static FavoriteResponse of(FavoriteEntry entry) {
        return new FavoriteResponse(TitleRefResponse.of(entry.title()), entry.favorite().addedAt());
    }

    @Serdeable
    @Schema(name = "FavoritePage")
    public record FavoritePage(@Schema(description = "Newest first") List<FavoriteResponse> items,
                               @Nullable @Schema(nullable = true, description = "Pass as cursor for the next page;"
                                       + " null on the last page") String nextCursor) {
    }
}
