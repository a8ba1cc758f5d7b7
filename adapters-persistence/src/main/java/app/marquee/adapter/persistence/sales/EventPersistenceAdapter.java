package app.marquee.adapter.persistence.sales;

import app.marquee.application.sales.event.port.out.LoadEventPort;
import app.marquee.application.sales.event.port.out.SaveEventPort;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.event.TourId;
import app.marquee.domain.sales.event.Event;
import app.marquee.domain.sales.event.EventId;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/**
 * Events in PostgreSQL. An update is a conditional UPDATE at the version read, so of two writers
 * at one version the second finds nothing to update once the first commits: CONCURRENT_UPDATE.
 */
@Singleton
public class EventPersistenceAdapter implements LoadEventPort, SaveEventPort {
    private final EventRepository events;

    EventPersistenceAdapter(EventRepository events) {
        this.events = events;
    }

    @Override
    public Optional<Event> byId(EventId id) {
        return events.findById(id.value()).map(EventMapper::toDomain);
    }

    @Override
    public List<Event> list(Optional<AccountId> owner, boolean everyone, Optional<EventCursor> after, int max) {
        return events.list(owner.map(account -> account.value().toString()).orElse(null), everyone,
                        after.map(EventCursor::titleKey).orElse(null),
                        after.map(cursor -> cursor.id().value().toString()).orElse(null), max)
                .stream().map(EventMapper::toDomain).toList();
    }

    @Override
    public List<Event> ofTour(TourId tour) {
        return events.ofTour(tour.value()).stream().map(EventMapper::toDomain).toList();
    }

    @Override
    public Event add(Event event) {
        EventRow row = EventMapper.toRow(event);
        events.insert(row.id(), row.title(), row.titleKey(), row.description(), row.category(), row.performer(),
                row.ownerId(), row.tourId(), row.status(), row.createdAt(), row.updatedAt(), row.version());
        return event;
    }

    @Override
    public Outcome<Event> update(Event event) {
        EventRow row = EventMapper.toRow(event);
        if (events.updateAtVersion(row.id(), row.version(), row.title(), row.titleKey(), row.description(),
                row.category(), row.performer(), row.tourId(), row.status(), row.updatedAt()) == 0) {
            return Outcome.rejected(SalesRejection.CONCURRENT_UPDATE);
        }
        return Outcome.accepted(EventMapper.nextVersion(event));
    }
}
