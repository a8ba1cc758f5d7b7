package app.marquee.adapter.rest.web.sales;

import app.marquee.adapter.rest.web.Fields;
import app.marquee.domain.sales.event.EventCategory;
import app.marquee.domain.sales.event.EventDetails;
import app.marquee.domain.sales.event.TourId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Bodies of the event routes; the domain has the last word on lengths and characters, naming the field. */
final class EventRequests {
    private EventRequests() {
    }

    @Serdeable
    @Schema(name = "EventWrite", description = "An event as its organiser writes it")
    record EventBody(
            @NotNull @Schema(example = "Northern Lights", maxLength = 200) String title,
            @Nullable @Size(max = 5000) @Schema(description = "Absent: empty; line breaks allowed") String description,
            @NotNull EventCategory category,
            @Nullable @Schema(nullable = true, example = "Aurora Quartet", maxLength = 200) String performer,
            @Nullable @Schema(nullable = true, description = "One of the organiser's tours; absent or null: none")
            UUID tourId) {

        EventDetails details() {
            String text = description == null ? "" : description;
            Fields.stepwise(List.of("title", "description"),
                    n -> new EventDetails(title, n >= 2 ? text : "", category, Optional.empty()));
            return Fields.parse("performer", () -> new EventDetails(title, text, category, Optional.ofNullable(performer)));
        }

        Optional<TourId> tour() {
            return Optional.ofNullable(tourId).map(TourId::new);
        }
    }
}
