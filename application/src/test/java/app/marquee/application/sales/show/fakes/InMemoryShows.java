package app.marquee.application.sales.show.fakes;

import app.marquee.application.sales.show.port.out.CancelShowsOfEventPort;
import app.marquee.application.sales.show.port.out.LoadShowPort;
import app.marquee.application.sales.show.port.out.SaveShowPort;
import app.marquee.application.sales.show.port.out.VenueForShowPort;
import app.marquee.application.sales.venue.fakes.InMemoryVenues;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.event.EventId;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.sales.show.ShowId;
import app.marquee.domain.sales.venue.Venue;
import app.marquee.domain.sales.venue.VenueId;
import app.marquee.domain.shared.Outcome;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Shows as a table with a version column, and the venues they are scheduled at. */
public final class InMemoryShows implements SaveShowPort, LoadShowPort, VenueForShowPort, CancelShowsOfEventPort {
    private final Map<ShowId, Show> rows = new LinkedHashMap<>();
    private final InMemoryVenues venues;

    public InMemoryShows(InMemoryVenues venues) {
        this.venues = venues;
    }

    @Override
    public Optional<Venue> lockedForShow(VenueId id) {
        return venues.byId(id);
    }

    @Override
    public Show add(Show show) {
        rows.put(show.id(), copy(show, show.version()));
        return show;
    }

    @Override
    public Outcome<Show> updateLifecycle(Show show) {
        Show stored = rows.get(show.id());
        if (stored == null || stored.version() != show.version()) {
            return Outcome.rejected(SalesRejection.CONCURRENT_UPDATE);
        }
        rows.put(show.id(), copy(show, show.version() + 1));
        return Outcome.accepted(copy(show, show.version() + 1));
    }

    @Override
    public int cancelUpcoming(EventId event, Instant now) {
        List<Show> upcoming = rows.values().stream().filter(show -> show.event().equals(Optional.of(event))
                && show.lifecycle() != Show.Lifecycle.CANCELLED && show.startsAt().isAfter(now)).toList();
        upcoming.forEach(show -> rows.put(show.id(), Show.rehydrate(show.id(), show.kind(), show.venue(), show.event(),
                show.title(), show.startsAt(), show.endsAt(), show.zone(), show.terms(), Show.Lifecycle.CANCELLED,
                show.version() + 1)));
        return upcoming.size();
    }

    @Override
    public Optional<Show> byId(ShowId id) {
        return Optional.ofNullable(rows.get(id)).map(show -> copy(show, show.version()));
    }

    @Override
    public List<Show> ofEvent(EventId event) {
        return rows.values().stream().filter(show -> show.event().equals(Optional.of(event)))
                .sorted(Comparator.comparing(Show::startsAt)).map(show -> copy(show, show.version())).toList();
    }

    private static Show copy(Show show, long version) {
        return Show.rehydrate(show.id(), show.kind(), show.venue(), show.event(), show.title(), show.startsAt(),
                show.endsAt(), show.zone(), show.terms(), show.lifecycle(), version);
    }
}
