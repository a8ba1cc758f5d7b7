package app.marquee.adapter.rest.web.library;

import app.marquee.application.library.port.in.ProgressEntry;
import app.marquee.domain.library.progress.WatchProgress;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** How far the caller got in a film or an episode: one line of the history, or the answer to a report. */
@Serdeable
@Schema(name = "WatchProgress")
public record ProgressResponse(
        TitleRefResponse title,
        @Nullable @Schema(nullable = true, description = "Null for a film") EpisodeRefResponse episode,
        @Schema(description = "Where to resume, in seconds from the start", example = "1800") int positionSeconds,
        @Schema(description = "The runtime the position was measured against", example = "7200") int runtimeSeconds,
        @Schema(description = "Rounded down", example = "25") int percent,
        @Schema(description = "At least 90 % watched") boolean finished,
        @Nullable @Schema(nullable = true, description = "When it first reached 90 %; kept through a rewatch")
        Instant completedAt,
        @Schema(description = "When the position was last reported") Instant watchedAt) {

    static ProgressResponse of(ProgressEntry entry) {
        WatchProgress progress = entry.progress();
        return new ProgressResponse(TitleRefResponse.of(entry.title()),
                entry.episode().map(EpisodeRefResponse::of).orElse(null), progress.position().seconds(),
                progress.position().runtimeSeconds(), progress.position().percent(), progress.isFinished(),
                progress.completedAt().orElse(null), progress.updatedAt());
    }

    @Serdeable
    @Schema(name = "WatchHistoryPage")
    public record HistoryPage(List<ProgressResponse> items,
                              @Nullable @Schema(nullable = true, description = "Pass as cursor for the next page;"
                                      + " null on the last page") String nextCursor) {
    }
}
