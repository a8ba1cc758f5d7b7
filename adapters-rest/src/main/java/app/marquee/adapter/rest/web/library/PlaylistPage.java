package app.marquee.adapter.rest.web.library;

import app.marquee.adapter.rest.web.Cursors;
import app.marquee.application.library.playlist.PlaylistSummary;
import app.marquee.application.library.port.in.ListPlaylistsQuery;
import app.marquee.domain.library.playlist.PlaylistDescription;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One page of the caller's playlists, by name ignoring case. */
@Serdeable
@Schema(name = "PlaylistPage")
public record PlaylistPage(List<Summary> items,
                           @Nullable @Schema(nullable = true, description = "Pass as cursor for the next page; null"
                                   + " on the last page") String nextCursor) {

    static PlaylistPage of(ListPlaylistsQuery.PlaylistPage page) {
        return new PlaylistPage(page.items().stream().map(Summary::of).toList(),
                page.nextAfter().map(Cursors::encode).orElse(null));
    }

    @Serdeable
    @Schema(name = "PlaylistSummary", description = "A playlist as the list shows it")
    public record Summary(UUID id, String name, @Nullable @Schema(nullable = true) String description,
                          int itemCount,
                          @Schema(description = "Its first titles (up to 4), for a cover") List<TitleRefResponse> preview,
                          Instant createdAt, Instant updatedAt, long version) {
        static Summary of(ListPlaylistsQuery.PlaylistCard card) {
            PlaylistSummary summary = card.summary();
            return new Summary(summary.id().value(), summary.name().value(),
                    summary.description().map(PlaylistDescription::value).orElse(null), summary.itemCount(),
                    card.firstTitles().stream().map(TitleRefResponse::of).toList(), summary.createdAt(),
                    summary.updatedAt(), summary.version());
        }
    }
}
