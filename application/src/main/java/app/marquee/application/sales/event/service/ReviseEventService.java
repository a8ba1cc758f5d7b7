package app.marquee.application.sales.event.service;

import app.marquee.application.sales.event.port.in.ReviseEventUseCase;
import app.marquee.application.sales.event.port.out.LoadEventPort;
import app.marquee.application.sales.event.port.out.LoadTourPort;
import app.marquee.application.sales.event.port.out.SaveEventPort;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.event.Event;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;

/** The domain revises the event and moves it in or out of a tour; it is written at the version read. */
@Singleton
public class ReviseEventService implements ReviseEventUseCase {
    private final LoadEventPort load;
    private final LoadTourPort tours;
    private final SaveEventPort save;
    private final Clock clock;

    public ReviseEventService(LoadEventPort load, LoadTourPort tours, SaveEventPort save, Clock clock) {
        this.load = load;
        this.tours = tours;
        this.save = save;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<Event> revise(Command command) {
        Instant now = clock.instant();
        return VersionedEvents.load(load, command.id(), command.editor(), command.expectedVersion())
                .flatMap(event -> event.revise(command.details(), command.editor(), now))
                .flatMap(event -> command.tour().isEmpty() ? event.leaveTour(command.editor(), now)
                        : tours.byId(command.tour().get())
                        .map(tour -> event.joinTour(tour, command.editor(), now))
                        .orElse(Outcome.rejected(SalesRejection.TOUR_NOT_FOUND)))
                .flatMap(event -> VersionedEvents.saved(save.update(event), command.expectedVersion()));
    }
}
