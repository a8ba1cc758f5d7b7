package app.marquee.adapter.rest.web.sales;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/** The body of {@code POST /api/v1/shows/{id}/waiting-list}. */
final class WaitingListRequests {
    private WaitingListRequests() {
    }

    @Serdeable
    @Schema(name = "JoinWaitingList")
    record JoinBody(@NotNull @Min(1) @Max(1000) @Schema(description = "1 to the show's per-order maximum", example = "2")
                    Integer places,
                    @NotNull UUID tierId) {
    }
}
