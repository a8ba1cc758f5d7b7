package app.marquee.adapter.rest.web.library;

import app.marquee.domain.library.progress.EpisodeInSeries;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.UUID;

/** An episode as the viewer's library shows it: where it sits in its series, and its name. */
@Serdeable
@Schema(name = "EpisodeRef")
public record EpisodeRefResponse(
        UUID id,
        @Schema(description = "0 for the specials", example = "2") int seasonNumber,
        @Schema(example = "1") int episodeNumber,
        @Schema(example = "Pilot") String name) {

    static EpisodeRefResponse of(EpisodeInSeries episode) {
        return new EpisodeRefResponse(episode.episode().id().value(), episode.seasonNumber(),
                episode.episode().number(), episode.episode().name());
    }
}
