package app.marquee.adapter.rest.web.library;

import app.marquee.application.library.port.in.PlaylistView;
import app.marquee.domain.library.playlist.Playlist;
import app.marquee.domain.library.playlist.PlaylistDescription;
import app.marquee.domain.library.playlist.PlaylistItem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * A playlist with every one of its titles, in order (at most 500, so never paged). A title that
 * left the catalog since it was added stays, with {@code available: false}.
 */
@Serdeable
@Schema(name = "Playlist")
public record PlaylistResponse(UUID id, @Schema(example = "Road trip") String name,
                               @Nullable @Schema(nullable = true) String description,
                               @Schema(description = "0 to 500") int itemCount, List<Item> items,
                               Instant createdAt, Instant updatedAt,
                               @Schema(description = "Also sent as the ETag") long version) {

    static PlaylistResponse of(PlaylistView view) {
        Playlist playlist = view.playlist();
        List<PlaylistItem> items = playlist.items();
        return new PlaylistResponse(playlist.id().value(), playlist.name().value(),
                playlist.description().map(PlaylistDescription::value).orElse(null), items.size(),
                IntStream.range(0, items.size()).mapToObj(position -> new Item(position, items.get(position).addedAt(),
                        TitleRefResponse.of(view.title(items.get(position).titleId()).orElseThrow(
                                () -> new IllegalStateException("a playlist item's title is kept by a foreign key")))))
                        .toList(),
                playlist.createdAt(), playlist.updatedAt(), playlist.version());
    }

    @Serdeable
    @Schema(name = "PlaylistItem")
    public record Item(@Schema(description = "From 0") int position, Instant addedAt, TitleRefResponse title) {
    }
}
