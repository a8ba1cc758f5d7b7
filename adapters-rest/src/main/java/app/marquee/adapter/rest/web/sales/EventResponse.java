package app.marquee.adapter.rest.web.sales;

import app.marquee.domain.sales.event.Event;
import app.marquee.domain.sales.event.EventCategory;
import app.marquee.domain.sales.event.EventStatus;
import app.marquee.domain.sales.event.TourId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An event as its organiser wrote it, with its status and tour. */
@Serdeable
@Schema(name = "Event")
public record EventResponse(UUID id, @Schema(example = "Northern Lights") String title, String description,
                            EventCategory category, @Nullable @Schema(nullable = true) String performer,
                            @Schema(description = "The organiser's account") UUID ownerId,
                            @Nullable @Schema(nullable = true) UUID tourId, EventStatus status, Instant createdAt,
                            Instant updatedAt, long version) {

    static EventResponse of(Event event) {
        return new EventResponse(event.id().value(), event.details().title(), event.details().description(),
                event.details().category(), event.details().performer().orElse(null), event.owner().value(),
                event.tour().map(TourId::value).orElse(null), event.status(), event.createdAt(), event.updatedAt(),
                event.version());
    }

    @Serdeable
    @Schema(name = "EventPage")
    public record EventPage(List<EventResponse> items,
                            @Nullable @Schema(nullable = true, description = "Pass as cursor for the next page;"
                                    + " null on the last page") String nextCursor) {
    }
}
