package app.marquee.application.sales.venue.fakes;

import app.marquee.application.sales.venue.port.out.SeatsInUsePort;
import app.marquee.domain.sales.screening.Projection;
import app.marquee.domain.sales.venue.AreaId;
import app.marquee.domain.sales.venue.SeatId;
import app.marquee.domain.sales.venue.VenueId;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Shows as the venue tests need them: which places a future show uses, and which venues have shows at all. */
public final class FakeShows implements SeatsInUsePort {
    private final Set<SeatId> seats = new HashSet<>();
    private final Set<AreaId> areas = new HashSet<>();
    private final Set<VenueId> venues = new HashSet<>();
    private final Map<VenueId, Set<Projection>> screenings = new HashMap<>();

    public void screenAt(VenueId venue, Projection projection) {
        venues.add(venue);
        screenings.computeIfAbsent(venue, any -> EnumSet.noneOf(Projection.class)).add(projection);
    }

    public void sellAt(VenueId venue, Collection<SeatId> used) {
        venues.add(venue);
        seats.addAll(used);
    }

    public void sellAreasAt(VenueId venue, Collection<AreaId> used) {
        venues.add(venue);
        areas.addAll(used);
    }

    @Override
    public Set<SeatId> seatsUsedByFutureShows(VenueId venue, Collection<SeatId> asked, Instant now) {
        return asked.stream().filter(seats::contains).collect(Collectors.toSet());
    }

    @Override
    public Set<AreaId> areasUsedByFutureShows(VenueId venue, Collection<AreaId> asked, Instant now) {
        return asked.stream().filter(areas::contains).collect(Collectors.toSet());
    }

    @Override
    public Set<Projection> projectionsOfScreeningsToCome(VenueId venue, Instant now) {
        return Set.copyOf(screenings.getOrDefault(venue, Set.of()));
    }

    @Override
    public boolean hasShows(VenueId venue) {
        return venues.contains(venue);
    }
}
