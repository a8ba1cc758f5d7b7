package app.marquee.application.sales.show.service;

import app.marquee.application.sales.event.port.in.ViewEventQuery.Reader;
import app.marquee.application.sales.event.port.out.LoadEventPort;
import app.marquee.application.sales.show.port.in.ListShowsOfEventQuery;
import app.marquee.application.sales.show.port.out.LoadShowPort;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.event.EventId;
import app.marquee.domain.sales.event.EventVisibility;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;

import java.util.List;

@Singleton
public class ListShowsOfEventService implements ListShowsOfEventQuery {
    private final LoadEventPort events;
    private final LoadShowPort shows;

    public ListShowsOfEventService(LoadEventPort events, LoadShowPort shows) {
        this.events = events;
        this.shows = shows;
    }

    @Override
    public Outcome<List<Show>> list(EventId event, Reader reader) {
        return events.byId(event).filter(found -> EventVisibility.mayRead(found, reader.account(), reader.role()))
                .<Outcome<List<Show>>>map(found -> Outcome.accepted(shows.ofEvent(event)))
                .orElse(Outcome.rejected(SalesRejection.EVENT_NOT_FOUND));
    }
}
