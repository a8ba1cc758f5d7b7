package app.marquee.adapter.persistence.sales;

import app.marquee.application.sales.venue.port.out.SeatsInUsePort;
import app.marquee.domain.sales.screening.Projection;
import app.marquee.domain.sales.venue.AreaId;
import app.marquee.domain.sales.venue.SeatId;
import app.marquee.domain.sales.venue.VenueId;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the stored shows make of a venue's places. A show that is not cancelled and has not started
 * may sell every seat and area of its venue's map, so while there is one, each place asked about
 * is in use. Before asking, the venue's row is locked {@code FOR UPDATE} for the caller's
 * transaction: a show being scheduled there ({@code FOR SHARE}) has either committed, and is seen,
 * or waits until the map is written, and then reads the new map.
 */
@Singleton
public class SeatsInUsePersistenceAdapter implements SeatsInUsePort {
    private final ShowRepository shows;

    SeatsInUsePersistenceAdapter(ShowRepository shows) {
        this.shows = shows;
    }

    @Override
    @Transactional
    public Set<SeatId> seatsUsedByFutureShows(VenueId venue, Collection<SeatId> seats, Instant now) {
        return usedByFutureShows(venue, now) ? Set.copyOf(seats) : Set.of();
    }

    @Override
    @Transactional
    public Set<AreaId> areasUsedByFutureShows(VenueId venue, Collection<AreaId> areas, Instant now) {
        return usedByFutureShows(venue, now) ? Set.copyOf(areas) : Set.of();
    }

    @Override
    @Transactional
    public Set<Projection> projectionsOfScreeningsToCome(VenueId venue, Instant now) {
        shows.lockVenueForChange(venue.value());
        return shows.projectionsOfScreeningsToCome(venue.value(), now).stream().map(Projection::valueOf)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    @Transactional
    public boolean hasShows(VenueId venue) {
        shows.lockVenueForChange(venue.value());
        return shows.hasAnyShow(venue.value());
    }

    private boolean usedByFutureShows(VenueId venue, Instant now) {
        shows.lockVenueForChange(venue.value());
        return shows.hasFutureShow(venue.value(), now);
    }
}
