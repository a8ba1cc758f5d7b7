package app.marquee.application.sales.event.service;

import app.marquee.application.sales.event.port.in.AnnounceEventUseCase;
import app.marquee.application.sales.event.port.out.SaveEventPort;
import app.marquee.domain.sales.event.Event;
import jakarta.inject.Singleton;

import java.time.Clock;

@Singleton
public class AnnounceEventService implements AnnounceEventUseCase {
    private final SaveEventPort save;
    private final Clock clock;

    public AnnounceEventService(SaveEventPort save, Clock clock) {
        this.save = save;
        this.clock = clock;
    }

    @Override
    public Event announce(Command command) {
        return save.add(Event.announce(command.details(), command.owner(), clock.instant()));
    }
}
