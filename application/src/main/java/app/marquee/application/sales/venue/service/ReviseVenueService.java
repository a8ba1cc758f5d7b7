package app.marquee.application.sales.venue.service;

import app.marquee.application.sales.venue.port.in.ReviseVenueUseCase;
import app.marquee.application.sales.venue.port.out.LoadVenuePort;
import app.marquee.application.sales.venue.port.out.SaveVenuePort;
import app.marquee.domain.sales.venue.Venue;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;

@Singleton
public class ReviseVenueService implements ReviseVenueUseCase {
    private final LoadVenuePort load;
    private final SaveVenuePort save;
    private final Clock clock;

    public ReviseVenueService(LoadVenuePort load, SaveVenuePort save, Clock clock) {
        this.load = load;
        this.save = save;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<Venue> revise(Command command) {
        return VersionedVenues.load(load, command.id(), command.expectedVersion())
                .flatMap(venue -> venue.revise(command.details(), clock.instant()))
                .flatMap(revised -> VersionedVenues.saved(save.update(revised), command.expectedVersion()));
    }
}
