package app.marquee.application.sales.venue.service;

import app.marquee.application.sales.venue.port.in.ReviseVenueUseCase;
import app.marquee.application.sales.venue.port.out.LoadVenuePort;
import app.marquee.application.sales.venue.port.out.SaveVenuePort;
import app.marquee.application.sales.venue.port.out.SeatsInUsePort;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.screening.Projection;
import app.marquee.domain.sales.venue.Venue;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;

/**
 * Revises a venue's details under its version. A room keeps what its screenings to come need: it
 * stays a cinema room while one is planned, and keeps {@code THREE_D} while a 3D one is (otherwise
 * 409 {@code VENUE_HAS_SCREENINGS}: cancel them first).
 */
@Singleton
public class ReviseVenueService implements ReviseVenueUseCase {
    private final LoadVenuePort load;
    private final SaveVenuePort save;
    private final SeatsInUsePort shows;
    private final Clock clock;

    public ReviseVenueService(LoadVenuePort load, SaveVenuePort save, SeatsInUsePort shows, Clock clock) {
        this.load = load;
        this.save = save;
        this.shows = shows;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<Venue> revise(Command command) {
        Instant now = clock.instant();
        return VersionedVenues.load(load, command.id(), command.expectedVersion())
                .flatMap(venue -> keepsItsScreenings(venue, command, now))
                .flatMap(venue -> venue.revise(command.details(), now))
                .flatMap(revised -> VersionedVenues.saved(save.update(revised), command.expectedVersion()));
    }

    private Outcome<Venue> keepsItsScreenings(Venue venue, Command command, Instant now) {
        boolean fit = shows.projectionsOfScreeningsToCome(venue.id(), now).stream()
                .allMatch(projection -> projection.playsIn(command.details()));
        return fit ? Outcome.accepted(venue) : Outcome.rejected(SalesRejection.VENUE_HAS_SCREENINGS);
    }
}
