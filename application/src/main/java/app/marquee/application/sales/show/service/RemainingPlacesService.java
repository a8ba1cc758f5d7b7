package app.marquee.application.sales.show.service;

import app.marquee.application.sales.show.port.in.RemainingPlacesQuery;
import app.marquee.application.sales.show.port.out.RemainingPlacesPort;
import app.marquee.domain.sales.show.ShowId;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;

/** Asks the store, as of now. */
@Singleton
public class RemainingPlacesService implements RemainingPlacesQuery {
    private final RemainingPlacesPort places;
    private final Clock clock;

    public RemainingPlacesService(RemainingPlacesPort places, Clock clock) {
        this.places = places;
        this.clock = clock;
    }

    @Override
    public Map<ShowId, Long> remaining(Collection<ShowId> shows) {
        return shows.isEmpty() ? Map.of() : places.remainingAt(shows, clock.instant());
    }
}
