package app.marquee.adapter.persistence.sales;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.sales.event.Event;
import app.marquee.domain.sales.event.EventCategory;
import app.marquee.domain.sales.event.EventDetails;
import app.marquee.domain.sales.event.EventId;
import app.marquee.domain.sales.event.EventStatus;
import app.marquee.domain.sales.event.TourId;

import java.util.Locale;
import java.util.Optional;

/** Between events and their rows; the title key is lower-cased here, locale-neutral. */
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

    static Event toDomain(EventRow row) {
        return Event.rehydrate(new EventId(row.id()), new EventDetails(row.title(), row.description(),
                        EventCategory.valueOf(row.category()), Optional.ofNullable(row.performer())),
                new AccountId(row.ownerId()), Optional.ofNullable(row.tourId()).map(TourId::new),
                EventStatus.valueOf(row.status()), row.createdAt(), row.updatedAt(), row.version());
    }

    static Event nextVersion(Event event) {
        return Event.rehydrate(event.id(), event.details(), event.owner(), event.tour(), event.status(),
                event.createdAt(), event.updatedAt(), event.version() + 1);
    }
}
