package app.marquee.application.sales.event.service;

import app.marquee.application.sales.event.port.in.ListEventsQuery;
import app.marquee.application.sales.event.port.out.LoadEventPort;
import app.marquee.application.sales.event.port.out.LoadEventPort.EventCursor;
import app.marquee.domain.identity.account.Role;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.event.Event;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Pages through the events a reader may see (the rule of EventVisibility, in the store's query). */
@Singleton
public class ListEventsService implements ListEventsQuery {
    private final LoadEventPort load;

    public ListEventsService(LoadEventPort load) {
        this.load = load;
    }

    @Override
    public Outcome<EventPage> list(Listing listing) {
        Optional<EventCursor> after = listing.after().flatMap(EventCursors::read);
        if (listing.after().isPresent() && after.isEmpty()) {
            return Outcome.rejected(Rejection.onField(SalesRejection.INVALID_CURSOR, "cursor"));
        }
        List<Event> found = load.list(listing.reader().account(), listing.reader().role() == Role.ADMIN, after,
                listing.limit() + 1);
        if (found.size() <= listing.limit()) {
            return Outcome.accepted(new EventPage(found, Optional.empty()));
        }
        List<Event> page = found.subList(0, listing.limit());
        Event last = page.get(page.size() - 1);
        return Outcome.accepted(new EventPage(page, Optional.of(EventCursors.write(
                new EventCursor(last.details().title().toLowerCase(Locale.ROOT), last.id())))));
    }
}
