package app.marquee.adapter.rest.web.sales;

import app.marquee.adapter.rest.web.Fields;
import app.marquee.domain.sales.event.EventCategory;
import app.marquee.domain.sales.event.EventDetails;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Optional;

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
            @Nullable @Schema(nullable = true, example = "Aurora Quartet", maxLength = 200) String performer) {

        EventDetails details() {
            String text = description == null ? "" : description;
            VenueHttp.stepwise(java.util.List.of("title", "description"),
                    n -> new EventDetails(title, n >= 2 ? text : "", category, Optional.empty()));
            return Fields.parse("performer", () -> new EventDetails(title, text, category, Optional.ofNullable(performer)));
        }

        static EventBody of(EventDetails details) {
            return new EventBody(details.title(), details.description(), details.category(),
                    details.performer().orElse(null));
        }
    }
}
