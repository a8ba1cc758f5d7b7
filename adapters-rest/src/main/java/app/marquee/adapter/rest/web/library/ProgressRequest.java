package app.marquee.adapter.rest.web.library;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** What a player reports; the position is judged against the runtime by the domain (422 when outside it). */
@Serdeable
@Schema(name = "WatchProgressReport")
public record ProgressRequest(
        @NotNull @Schema(description = "Seconds from the start, 0 to the runtime; 90 % or more counts as watched",
                example = "1800") Integer positionSeconds) {
}
