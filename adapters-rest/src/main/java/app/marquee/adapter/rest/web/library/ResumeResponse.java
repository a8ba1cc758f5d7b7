package app.marquee.adapter.rest.web.library;

import app.marquee.application.library.port.in.ContinueWatchingQuery.ResumeEntry;
import app.marquee.domain.library.progress.ResumePosition;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** One line of "continue watching": what to play and where to start it. */
@Serdeable
@Schema(name = "ContinueWatchingItem")
public record ResumeResponse(
        TitleRefResponse title,
        @Nullable @Schema(nullable = true, description = "Null for a film") EpisodeRefResponse episode,
        @Schema(description = "Where to start, in seconds; 0 for a next episode not started", example = "1800")
        int positionSeconds,
        @Schema(example = "2700") int runtimeSeconds,
        @Schema(example = "66") int percent,
        @Schema(description = "True: the episode after one the caller finished") boolean next,
        @Schema(description = "When the caller last watched anything of this title") Instant watchedAt) {

    static ResumeResponse of(ResumeEntry entry) {
        ResumePosition position = entry.resume().position();
        return new ResumeResponse(TitleRefResponse.of(entry.title()),
                entry.episode().map(EpisodeRefResponse::of).orElse(null), position.seconds(),
                position.runtimeSeconds(), position.percent(), entry.resume().next(), entry.resume().lastWatchedAt());
    }

    @Serdeable
    @Schema(name = "ContinueWatching")
    public record ResumeList(List<ResumeResponse> items) {
    }
}
