package app.marquee.adapter.rest.web.library;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/** Bodies of the playlist routes; the domain judges names, descriptions and positions. */
final class PlaylistRequests {
    private PlaylistRequests() {
    }

    @Serdeable
    @Schema(name = "PlaylistWrite")
    record PlaylistBody(@NotNull @Schema(description = "1 to 100 characters, trimmed; unique among the caller's"
                                + " playlists, ignoring case", example = "Road trip") String name,
                        @Nullable @Schema(nullable = true, description = "At most 1000 characters; line breaks"
                                + " allowed", example = "Films for the long drive") String description) {
    }

    @Serdeable
    @Schema(name = "PlaylistPatch", description = "JSON merge patch: absent fields are kept; \"description\": null"
            + " removes the description; name cannot be null")
    record PlaylistPatch(@Nullable @Schema(example = "Sunday films") String name,
                         @Nullable @Schema(nullable = true) String description) {
    }

    @Serdeable
    @Schema(name = "PlaylistItemWrite")
    record ItemBody(@NotNull @Schema(description = "A published title") UUID titleId,
                    @Nullable @Schema(nullable = true, description = "0 to the number of items; absent: at the end",
                            example = "0") Integer position) {
    }

    @Serdeable
    @Schema(name = "PlaylistItemPosition")
    record PositionBody(@NotNull @Schema(description = "0 to the number of items less one", example = "2")
                        Integer position) {
    }
}
