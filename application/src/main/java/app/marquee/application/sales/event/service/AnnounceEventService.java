package app.marquee.application.sales.event.service;

import app.marquee.application.sales.event.port.in.AnnounceEventUseCase;
import app.marquee.application.sales.event.port.out.LoadTourPort;
import app.marquee.application.sales.event.port.out.SaveEventPort;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.event.Event;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;

@Singleton
public class AnnounceEventService implements AnnounceEventUseCase {
    private final LoadTourPort tours;
    private final SaveEventPort save;
    private final Clock clock;

    public AnnounceEventService(LoadTourPort tours, SaveEventPort save, Clock clock) {
        this.tours = tours;
        this.save = save;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<Event> announce(Command command) {
        Instant now = clock.instant();
        Event event = Event.announce(command.details(), command.owner().account(), now);
        Outcome<Event> placed = command.tour().isEmpty() ? Outcome.accepted(event)
                : tours.byId(command.tour().get()).map(tour -> event.joinTour(tour, command.owner(), now))
                .orElse(Outcome.rejected(SalesRejection.TOUR_NOT_FOUND));
        return placed.map(save::add);
    }
}
