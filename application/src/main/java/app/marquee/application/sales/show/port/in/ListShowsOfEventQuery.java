package app.marquee.application.sales.show.port.in;

import app.marquee.application.sales.event.port.in.ViewEventQuery.Reader;
import app.marquee.domain.sales.event.EventId;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.shared.Outcome;

import java.util.List;

/** The dates of an event in time order, for whoever may see the event; EVENT_NOT_FOUND for anyone else. */
public interface ListShowsOfEventQuery {
    Outcome<List<Show>> list(EventId event, Reader reader);
}
