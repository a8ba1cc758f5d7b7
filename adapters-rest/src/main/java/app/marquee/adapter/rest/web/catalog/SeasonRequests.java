package app.marquee.adapter.rest.web.catalog;

import app.marquee.adapter.rest.web.Fields;
import app.marquee.application.catalog.port.in.EpisodeDraft;
import app.marquee.domain.catalog.season.Episode;
import app.marquee.domain.catalog.season.EpisodeId;
import app.marquee.domain.catalog.season.Season;
import app.marquee.domain.catalog.title.TitleId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.util.List;
import java.util.Optional;

/** Bodies of the season and episode routes; the domain judges each field, and a refusal names it. */
final class SeasonRequests {
    private SeasonRequests() {
    }

    @Serdeable
    @Schema(name = "SeasonWrite")
    record SeasonBody(@NotNull @Schema(description = "0 (specials) to 999", example = "1") Integer number,
                      @Nullable @Schema(nullable = true, maxLength = 200, example = "The Beginning") String name) {

        /** The name, once the domain has accepted the number and the name. */
        Optional<String> checkedName() {
            return Fields.stepwise(List.of("number", "name"), n -> Season.open(TitleId.newId(), number,
                    n > 1 ? Optional.ofNullable(name) : Optional.empty())).name();
        }
    }

    @Serdeable
    @Schema(name = "SeasonChange", description = "The season's new name; null or absent removes it")
    record SeasonChange(@Nullable @Schema(nullable = true, maxLength = 200) String name) {

        Optional<String> checkedName() {
            return Fields.stepwise(List.of("name"), n -> Season.open(TitleId.newId(), 1,
                    Optional.ofNullable(name))).name();
        }
    }

    @Serdeable
    @Schema(name = "EpisodeWrite")
    record EpisodeBody(@NotNull @Schema(description = "From 1, unique in the season", example = "1") Integer number,
                       @NotNull @Schema(maxLength = 200, example = "Pilot") String name,
                       @Nullable @Pattern(regexp = CatalogHttp.NO_NUL) @Schema(nullable = true, maxLength = 5000)
                       String synopsis,
                       @NotNull @Schema(description = "1 to 999", example = "52") Integer runtimeMinutes) {

        /** The draft, once the domain's Episode has accepted each field. */
        EpisodeDraft draft() {
            Episode episode = Fields.stepwise(List.of("number", "name", "synopsis", "runtimeMinutes"),
                    n -> new Episode(EpisodeId.newId(), number, n > 1 ? name : "x", n > 2 ? synopsis : "",
                            n > 3 ? runtimeMinutes : 1));
            return new EpisodeDraft(episode.number(), episode.name(), episode.synopsis(), episode.runtimeMinutes());
        }
    }
}
