package app.marquee.adapter.rest.web.sales;

import app.marquee.adapter.rest.web.image.ImageResponse;
import app.marquee.application.sales.event.port.in.ViewEventQuery.EventView;
import app.marquee.domain.sales.event.Event;
import app.marquee.domain.sales.event.EventCategory;
import app.marquee.domain.sales.event.EventStanding;
import app.marquee.domain.sales.event.EventStatus;
import app.marquee.domain.sales.event.TourId;
import app.marquee.domain.shared.image.ImageSlot;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An event as its organiser wrote it, with its pictures, its tour, where it stands for buyers now
 * ({@code status}) and what its organiser decided ({@code lifecycle}).
 */
@Serdeable
@Schema(name = "Event")
public record EventResponse(UUID id, @Schema(example = "Northern Lights") String title, String description,
                            EventCategory category, @Nullable @Schema(nullable = true) String performer,
                            @Schema(description = "The organiser's account") UUID ownerId,
                            @Nullable @Schema(nullable = true) UUID tourId,
                            @Schema(description = "As buyers see it now: the lifecycle, except that an event ON_SALE"
                                    + " is PAST once all its shows (cancelled ones aside) have started, and SOLD_OUT"
                                    + " while none of its shows to come has a place left") EventStanding status,
                            @Schema(description = "What the organiser decided: DRAFT, ON_SALE or CANCELLED")
                            EventStatus lifecycle,
                            @Nullable @Schema(nullable = true, description = "The poster; null until one is uploaded")
                            ImageResponse poster,
                            @Nullable @Schema(nullable = true, description = "The backdrop; null until one is uploaded")
                            ImageResponse backdrop,
                            Instant createdAt, Instant updatedAt, long version) {

    static EventResponse of(EventView view) {
        Event event = view.event();
        return new EventResponse(event.id().value(), event.details().title(), event.details().description(),
                event.details().category(), event.details().performer().orElse(null), event.owner().value(),
                event.tour().map(TourId::value).orElse(null), view.standing(), event.status(),
                image(event, ImageSlot.POSTER), image(event, ImageSlot.BACKDROP), event.createdAt(), event.updatedAt(),
                event.version());
    }

    private static ImageResponse image(Event event, ImageSlot slot) {
        return event.image(slot).map(image -> ImageResponse.of("/api/v1/events/" + event.id().value(), slot, image))
                .orElse(null);
    }

    @Serdeable
    @Schema(name = "EventPage")
    public record EventPage(List<EventResponse> items,
                            @Nullable @Schema(nullable = true, description = "Pass as cursor for the next page;"
                                    + " null on the last page") String nextCursor) {
    }
}
