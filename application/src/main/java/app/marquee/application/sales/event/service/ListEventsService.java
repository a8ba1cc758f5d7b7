package app.marquee.application.sales.event.service;

import app.marquee.application.sales.event.port.in.ListEventsQuery;
import app.marquee.application.sales.event.port.in.ViewEventQuery.EventView;
import app.marquee.application.sales.event.port.out.LoadEventPort;
import app.marquee.application.sales.event.port.out.LoadEventPort.EventCursor;
import app.marquee.application.sales.event.port.out.LoadEventPort.TalliedEvent;
import app.marquee.application.sales.paging.PagePosition;
import app.marquee.application.sales.paging.PageSlice;
import app.marquee.domain.identity.account.Role;
import app.marquee.domain.sales.event.EventId;
import app.marquee.domain.sales.event.EventStandingPolicy;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Locale;

/**
 * Pages through the events a reader may see (the rule of EventVisibility, in the store's query),
 * each with its shows tallied by the same query, so a page costs one query whatever its size.
 */
@Singleton
public class ListEventsService implements ListEventsQuery {
    private final LoadEventPort load;
    private final Clock clock;

    public ListEventsService(LoadEventPort load, Clock clock) {
        this.load = load;
        this.clock = clock;
    }

    @Override
    public Outcome<EventPage> list(Listing listing) {
        return PagePosition.read(listing.after()).map(after -> {
            PageSlice<TalliedEvent> slice = PageSlice.of(load.list(listing.reader().account(),
                    listing.reader().role() == Role.ADMIN,
                    after.map(position -> new EventCursor(position.key(), new EventId(position.id()))),
                    listing.limit() + 1, clock.instant()), listing.limit(), ListEventsService::position);
            return new EventPage(slice.items().stream().map(listed -> new EventView(listed.event(),
                    EventStandingPolicy.standing(listed.event().status(), listed.shows()))).toList(), slice.next());
        });
    }

    private static PagePosition position(TalliedEvent listed) {
        return new PagePosition(listed.event().details().title().toLowerCase(Locale.ROOT),
                listed.event().id().value());
    }
}
