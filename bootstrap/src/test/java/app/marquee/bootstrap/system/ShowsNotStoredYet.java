package app.marquee.bootstrap.system;

import app.marquee.application.sales.venue.port.out.SeatsInUsePort;
import app.marquee.domain.sales.venue.AreaId;
import app.marquee.domain.sales.venue.SeatId;
import app.marquee.domain.sales.venue.VenueId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Test only. Shows are not stored yet, so nothing in production answers SeatsInUsePort; the system
 * tests boot with this stand-in, which knows the seats a scenario says a future show uses. It steps
 * aside as soon as a real implementation exists.
 */
@Singleton
@Requires(env = "test")
@Requires(missingBeans = SeatsInUsePort.class)
final class ShowsNotStoredYet implements SeatsInUsePort {
    private final Set<SeatId> usedSeats = ConcurrentHashMap.newKeySet();
    private final Set<VenueId> venuesWithShows = ConcurrentHashMap.newKeySet();

    /** A future show at this venue sells these seats. */
    void sell(VenueId venue, Collection<SeatId> seats) {
        venuesWithShows.add(venue);
        usedSeats.addAll(seats);
    }

    @Override
    public Set<SeatId> seatsUsedByFutureShows(VenueId venue, Collection<SeatId> seats, Instant now) {
        return seats.stream().filter(usedSeats::contains).collect(Collectors.toSet());
    }

    @Override
    public Set<AreaId> areasUsedByFutureShows(VenueId venue, Collection<AreaId> areas, Instant now) {
        return Set.of();
    }

    @Override
    public boolean hasShows(VenueId venue) {
        return venuesWithShows.contains(venue);
    }
}
