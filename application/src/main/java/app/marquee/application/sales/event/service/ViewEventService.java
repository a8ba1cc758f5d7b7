package app.marquee.application.sales.event.service;

import app.marquee.application.sales.event.port.in.ViewEventQuery;
import app.marquee.application.sales.event.port.out.LoadEventPort;
import app.marquee.application.sales.event.port.out.TallyEventShowsPort;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.event.Event;
import app.marquee.domain.sales.event.EventId;
import app.marquee.domain.sales.event.EventStandingPolicy;
import app.marquee.domain.sales.event.EventVisibility;
import app.marquee.domain.sales.event.ShowTally;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Reads the event, then tallies its shows now; the policy says where it stands. */
@Singleton
public class ViewEventService implements ViewEventQuery {
    private final LoadEventPort load;
    private final TallyEventShowsPort shows;
    private final Clock clock;

    public ViewEventService(LoadEventPort load, TallyEventShowsPort shows, Clock clock) {
        this.load = load;
        this.shows = shows;
        this.clock = clock;
    }

    @Override
    public Outcome<EventView> view(EventId id, Reader reader) {
        return load.byId(id).filter(event -> EventVisibility.mayRead(event, reader.account(), reader.role()))
                .<Outcome<EventView>>map(event -> Outcome.accepted(asBuyersSee(List.of(event)).get(0)))
                .orElse(Outcome.rejected(SalesRejection.EVENT_NOT_FOUND));
    }

    @Override
    public List<EventView> asBuyersSee(List<Event> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        Map<EventId, ShowTally> tallies = shows.talliesAt(events.stream().map(Event::id).toList(), clock.instant());
        return events.stream().map(event -> new EventView(event, EventStandingPolicy.standing(event.status(),
                tallies.getOrDefault(event.id(), ShowTally.NONE)))).toList();
    }
}
