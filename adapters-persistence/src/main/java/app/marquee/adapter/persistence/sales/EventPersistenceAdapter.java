package app.marquee.adapter.persistence.sales;

import app.marquee.application.sales.event.port.out.LoadEventPort;
import app.marquee.application.sales.event.port.out.SaveEventPort;
import app.marquee.application.sales.event.port.out.TallyEventShowsPort;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.event.Event;
import app.marquee.domain.sales.event.EventId;
import app.marquee.domain.sales.event.EventStatus;
import app.marquee.domain.sales.event.ShowTally;
import app.marquee.domain.sales.event.TourId;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Events in PostgreSQL. An update is a conditional UPDATE at the version read, so of two writers
 * at one version the second finds nothing to update once the first commits: CONCURRENT_UPDATE;
 * the event's pictures are written after it in the same transaction. Reading a list of events
 * costs one query for the events with their shows' tallies and one for their pictures.
 */
@Singleton
public class EventPersistenceAdapter implements LoadEventPort, SaveEventPort, TallyEventShowsPort {
    private final EventRepository events;
    private final EventImageRepository images;

    EventPersistenceAdapter(EventRepository events, EventImageRepository images) {
        this.events = events;
        this.images = images;
    }

    @Override
    public Optional<Event> byId(EventId id) {
        return events.findById(id.value()).map(row -> EventMapper.toDomain(row, imagesOf(List.of(row.id()))));
    }

    @Override
    public Optional<EventAccess> accessOf(EventId id) {
        return events.accessOf(id.value()).map(row -> new EventAccess(EventStatus.valueOf(row.status()),
                new AccountId(row.ownerId())));
    }

    @Override
    public List<TalliedEvent> list(Optional<AccountId> owner, boolean everyone, Optional<EventCursor> after, int max,
                                   Instant now) {
        List<ListedEventRow> rows = events.list(owner.map(account -> account.value().toString()).orElse(null),
                everyone, after.map(EventCursor::titleKey).orElse(null),
                after.map(cursor -> cursor.id().value().toString()).orElse(null), max, now);
        List<EventImageRow> shown = imagesOf(rows.stream().map(ListedEventRow::id).toList());
        return rows.stream().map(row -> new TalliedEvent(EventMapper.toDomain(row.event(), shown),
                EventMapper.tally(row.tally()))).toList();
    }

    @Override
    public List<Event> ofTour(TourId tour) {
        List<EventRow> rows = events.ofTour(tour.value());
        List<EventImageRow> shown = imagesOf(rows.stream().map(EventRow::id).toList());
        return rows.stream().map(row -> EventMapper.toDomain(row, shown)).toList();
    }

    @Override
    public Map<EventId, ShowTally> talliesAt(Collection<EventId> ids, Instant now) {
        return events.talliesAt(ids.stream().map(EventId::toString).distinct().toArray(String[]::new), now).stream()
                .collect(Collectors.toMap(row -> new EventId(row.eventId()), EventMapper::tally));
    }

    @Override
    @Transactional
    public Event add(Event event) {
        EventRow row = EventMapper.toRow(event);
        events.insert(row.id(), row.title(), row.titleKey(), row.description(), row.category(), row.performer(),
                row.ownerId(), row.tourId(), row.status(), row.createdAt(), row.updatedAt(), row.version());
        putImages(event);
        return event;
    }

    @Override
    @Transactional
    public Outcome<Event> update(Event event) {
        EventRow row = EventMapper.toRow(event);
        if (events.updateAtVersion(row.id(), row.version(), row.title(), row.titleKey(), row.description(),
                row.category(), row.performer(), row.tourId(), row.status(), row.updatedAt()) == 0) {
            return Outcome.rejected(SalesRejection.CONCURRENT_UPDATE);
        }
        putImages(event);
        return Outcome.accepted(EventMapper.nextVersion(event));
    }

    private void putImages(Event event) {
        EventMapper.imageRows(event).forEach(image -> images.put(image.eventId(), image.slot(), image.blobKey(),
                image.mediaType(), image.width(), image.height(), image.bytes(), image.sha256()));
    }

    private List<EventImageRow> imagesOf(List<UUID> ids) {
        return ids.isEmpty() ? List.of() : images.ofEvents(ids.stream().map(UUID::toString).toArray(String[]::new));
    }
}
