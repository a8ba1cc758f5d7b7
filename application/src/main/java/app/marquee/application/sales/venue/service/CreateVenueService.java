package app.marquee.application.sales.venue.service;

import app.marquee.application.sales.venue.port.in.CreateVenueUseCase;
import app.marquee.application.sales.venue.port.out.SaveVenuePort;
import app.marquee.domain.sales.venue.Venue;
import jakarta.inject.Singleton;

import java.time.Clock;

@Singleton
public class CreateVenueService implements CreateVenueUseCase {
    private final SaveVenuePort save;
    private final Clock clock;

    public CreateVenueService(SaveVenuePort save, Clock clock) {
        this.save = save;
        this.clock = clock;
    }

    @Override
    public Venue create(Command command) {
        return save.add(Venue.open(command.details(), clock.instant()));
    }
}
