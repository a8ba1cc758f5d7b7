package app.marquee.adapter.persistence.sales;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.sales.event.Event;
import app.marquee.domain.sales.event.EventCategory;
import app.marquee.domain.sales.event.EventDetails;
import app.marquee.domain.sales.event.EventId;
import app.marquee.domain.sales.event.EventStatus;
import app.marquee.domain.sales.event.ShowTally;
import app.marquee.domain.sales.event.TourId;
import app.marquee.domain.shared.image.ImageRef;
import app.marquee.domain.shared.image.ImageSlot;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Between events and their rows (the event's, its pictures'); the title key is lower-cased here, locale-neutral. */
final class EventMapper {
    private EventMapper() {
    }

    static EventRow toRow(Event event) {
        EventDetails details = event.details();
        return new EventRow(event.id().value(), details.title(), details.title().toLowerCase(Locale.ROOT),
                details.description(), details.category().name(), details.performer().orElse(null),
                event.owner().value(), event.tour().map(TourId::value).orElse(null), event.status().name(),
                event.createdAt(), event.updatedAt(), event.version());
    }

    static List<EventImageRow> imageRows(Event event) {
        return event.images().entrySet().stream().map(shown -> {
            ImageRef image = shown.getValue();
            return new EventImageRow(event.id().value(), shown.getKey().name(), image.blobKey(), image.mediaType(),
                    image.width(), image.height(), image.bytes(), image.sha256());
        }).toList();
    }

    /** The event of a row, with those of {@code images} that are its own. */
    static Event toDomain(EventRow row, Collection<EventImageRow> images) {
        Map<ImageSlot, ImageRef> shown = new EnumMap<>(ImageSlot.class);
        images.stream().filter(image -> image.eventId().equals(row.id())).forEach(image -> shown.put(
                ImageSlot.valueOf(image.slot()), new ImageRef(image.blobKey(), image.mediaType(), image.width(),
                        image.height(), image.bytes(), image.sha256())));
        return Event.rehydrate(new EventId(row.id()), new EventDetails(row.title(), row.description(),
                        EventCategory.valueOf(row.category()), Optional.ofNullable(row.performer())),
                new AccountId(row.ownerId()), Optional.ofNullable(row.tourId()).map(TourId::new),
                EventStatus.valueOf(row.status()), shown, row.createdAt(), row.updatedAt(), row.version());
    }

    static ShowTally tally(ShowTallyRow row) {
        return new ShowTally(row.allShows(), row.notStarted(), row.withPlacesLeft());
    }

    static Event nextVersion(Event event) {
        return Event.rehydrate(event.id(), event.details(), event.owner(), event.tour(), event.status(),
                event.images(), event.createdAt(), event.updatedAt(), event.version() + 1);
    }
}
