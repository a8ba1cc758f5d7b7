package app.marquee.application.sales.event.service;

import app.marquee.application.sales.event.port.in.ViewEventQuery;
import app.marquee.application.sales.event.port.out.LoadEventPort;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.event.Event;
import app.marquee.domain.sales.event.EventId;
import app.marquee.domain.sales.event.EventVisibility;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;

@Singleton
public class ViewEventService implements ViewEventQuery {
    private final LoadEventPort load;

    public ViewEventService(LoadEventPort load) {
        this.load = load;
    }

    @Override
    public Outcome<Event> view(EventId id, Reader reader) {
        return load.byId(id).filter(event -> EventVisibility.mayRead(event, reader.account(), reader.role()))
                .<Outcome<Event>>map(Outcome::accepted).orElse(Outcome.rejected(SalesRejection.EVENT_NOT_FOUND));
    }
}
