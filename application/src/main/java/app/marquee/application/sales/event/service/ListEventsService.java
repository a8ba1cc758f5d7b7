package app.marquee.application.sales.event.service;

import app.marquee.application.sales.event.port.in.ListEventsQuery;
import app.marquee.application.sales.event.port.out.LoadEventPort;
import app.marquee.application.sales.event.port.out.LoadEventPort.EventCursor;
import app.marquee.application.sales.paging.PagePosition;
import app.marquee.application.sales.paging.PageSlice;
import app.marquee.domain.identity.account.Role;
import app.marquee.domain.sales.event.Event;
import app.marquee.domain.sales.event.EventId;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;

import java.util.Locale;

/** Pages through the events a reader may see (the rule of EventVisibility, in the store's query). */
@Singleton
public class ListEventsService implements ListEventsQuery {
    private final LoadEventPort load;

    public ListEventsService(LoadEventPort load) {
        this.load = load;
    }

    @Override
    public Outcome<EventPage> list(Listing listing) {
        return PagePosition.read(listing.after()).map(after -> {
            PageSlice<Event> slice = PageSlice.of(load.list(listing.reader().account(),
                    listing.reader().role() == Role.ADMIN,
                    after.map(position -> new EventCursor(position.key(), new EventId(position.id()))),
                    listing.limit() + 1), listing.limit(), ListEventsService::position);
            return new EventPage(slice.items(), slice.next());
        });
    }

    private static PagePosition position(Event event) {
        return new PagePosition(event.details().title().toLowerCase(Locale.ROOT), event.id().value());
    }
}
