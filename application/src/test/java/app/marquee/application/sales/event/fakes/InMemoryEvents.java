package app.marquee.application.sales.event.fakes;

import app.marquee.application.sales.event.port.out.LoadEventPort;
import app.marquee.application.sales.event.port.out.LoadEventPort.EventAccess;
import app.marquee.application.sales.event.port.out.LoadTourPort;
import app.marquee.application.sales.event.port.out.LoadTourPort.TourCursor;
import app.marquee.application.sales.event.port.out.SaveEventPort;
import app.marquee.application.sales.event.port.out.SaveTourPort;
import app.marquee.application.sales.event.port.out.TallyEventShowsPort;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.event.Event;
import app.marquee.domain.sales.event.EventId;
import app.marquee.domain.sales.event.EventStatus;
import app.marquee.domain.sales.event.ShowTally;
import app.marquee.domain.sales.event.Tour;
import app.marquee.domain.sales.event.TourId;
import app.marquee.domain.shared.Outcome;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Events and tours as tables with a version column: a write at a stale version is CONCURRENT_UPDATE.
 * What their shows say is whatever a test told {@link #tally}.
 */
public final class InMemoryEvents implements LoadEventPort, SaveEventPort, LoadTourPort, SaveTourPort,
        TallyEventShowsPort {
    private final Map<EventId, Event> events = new LinkedHashMap<>();
    private final Map<EventId, ShowTally> tallies = new HashMap<>();
    private final Map<TourId, Tour> tours = new LinkedHashMap<>();

    @Override
    public Optional<Event> byId(EventId id) {
        return Optional.ofNullable(events.get(id)).map(InMemoryEvents::copy);
    }

    @Override
    public Optional<EventAccess> accessOf(EventId id) {
        return Optional.ofNullable(events.get(id)).map(event -> new EventAccess(event.status(), event.owner()));
    }

    @Override
    public List<TalliedEvent> list(Optional<AccountId> owner, boolean everyone, Optional<EventCursor> after, int max,
                                   Instant now) {
        return events.values().stream()
                .filter(event -> everyone || event.status() == EventStatus.ON_SALE
                        || owner.filter(event.owner()::equals).isPresent())
                .sorted(Comparator.comparing(InMemoryEvents::key).thenComparing(event -> event.id().value()))
                .filter(event -> after.map(cursor -> key(event).compareTo(cursor.titleKey()) > 0
                        || key(event).equals(cursor.titleKey()) && event.id().value().compareTo(cursor.id().value()) > 0)
                        .orElse(true))
                .limit(max).map(event -> new TalliedEvent(copy(event), tallies.getOrDefault(event.id(), ShowTally.NONE)))
                .toList();
    }

    @Override
    public Map<EventId, ShowTally> talliesAt(Collection<EventId> ids, Instant now) {
        Map<EventId, ShowTally> asked = new HashMap<>(tallies);
        asked.keySet().retainAll(ids);
        return asked;
    }

    /** What the event's shows say from now on. */
    public void tally(EventId id, ShowTally shows) {
        tallies.put(id, shows);
    }

    @Override
    public List<Event> ofTour(TourId tour) {
        return events.values().stream().filter(event -> event.tour().equals(Optional.of(tour)))
                .sorted(Comparator.comparing(InMemoryEvents::key)).map(InMemoryEvents::copy).toList();
    }

    @Override
    public Event add(Event event) {
        events.put(event.id(), copy(event));
        return event;
    }

    @Override
    public Outcome<Event> update(Event event) {
        Event stored = events.get(event.id());
        if (stored == null || stored.version() != event.version()) {
            return Outcome.rejected(SalesRejection.CONCURRENT_UPDATE);
        }
        Event next = Event.rehydrate(event.id(), event.details(), event.owner(), event.tour(), event.status(),
                event.images(), event.createdAt(), event.updatedAt(), event.version() + 1);
        events.put(event.id(), next);
        return Outcome.accepted(copy(next));
    }

    /** Another instance changed the event meanwhile. */
    public void touch(EventId id) {
        Event stored = events.get(id);
        events.put(id, Event.rehydrate(id, stored.details(), stored.owner(), stored.tour(), stored.status(),
                stored.images(), stored.createdAt(), stored.updatedAt(), stored.version() + 1));
    }

    @Override
    public Optional<Tour> byId(TourId id) {
        return Optional.ofNullable(tours.get(id));
    }

    @Override
    public List<Tour> list(Optional<AccountId> owner, Optional<TourCursor> after, int max) {
        Comparator<Tour> byName = Comparator.comparing((Tour tour) -> tour.name().toLowerCase(Locale.ROOT))
                .thenComparing(tour -> tour.id().value());
        return tours.values().stream().filter(tour -> owner.map(tour.owner()::equals).orElse(true))
                .filter(tour -> after.map(cursor -> cursor.nameKey().compareTo(tour.name().toLowerCase(Locale.ROOT)) < 0
                        || cursor.nameKey().equals(tour.name().toLowerCase(Locale.ROOT))
                        && cursor.id().value().compareTo(tour.id().value()) < 0).orElse(true))
                .sorted(byName).limit(max).toList();
    }

    @Override
    public Tour add(Tour tour) {
        tours.put(tour.id(), tour);
        return tour;
    }

    private static String key(Event event) {
        return event.details().title().toLowerCase(Locale.ROOT);
    }

    private static Event copy(Event event) {
        return Event.rehydrate(event.id(), event.details(), event.owner(), event.tour(), event.status(),
                event.images(), event.createdAt(), event.updatedAt(), event.version());
    }
}
