package app.marquee.adapter.rest.web.catalog;

import app.marquee.domain.catalog.season.Episode;
import app.marquee.domain.catalog.season.Season;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** A season of a series with its episodes, in number order. */
@Serdeable
@Schema(name = "Season")
public record SeasonResponse(UUID id, @Schema(description = "0 holds the specials", example = "1") int number,
                             @Nullable @Schema(nullable = true) String name, List<EpisodeResponse> episodes,
                             @Schema(description = "Also sent as the ETag of the season and of each of its episodes:"
                                     + " any change to them moves it on") long version) {

    static SeasonResponse of(Season season) {
        return new SeasonResponse(season.id().value(), season.number(), season.name().orElse(null),
                season.episodes().stream().map(EpisodeResponse::of).toList(), season.version());
    }

    @Serdeable
    @Schema(name = "Episode")
    public record EpisodeResponse(UUID id, @Schema(example = "1") int number, String name, String synopsis,
                                  @Schema(example = "52") int runtimeMinutes) {
        static EpisodeResponse of(Episode episode) {
            return new EpisodeResponse(episode.id().value(), episode.number(), episode.name(), episode.synopsis(),
                    episode.runtimeMinutes());
        }
    }
}
