package app.marquee.adapter.persistence.sales;

import app.marquee.application.sales.show.port.out.RemainingPlacesPort;
import app.marquee.domain.sales.show.ShowId;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** Places left per show, counted in one statement from the claims and the area stock. */
@Singleton
public class RemainingPlacesPersistenceAdapter implements RemainingPlacesPort {
    private final RemainingPlacesRepository places;

    RemainingPlacesPersistenceAdapter(RemainingPlacesRepository places) {
        this.places = places;
    }

    @Override
    public Map<ShowId, Long> remainingAt(Collection<ShowId> shows, Instant now) {
        return places.remainingAt(shows.stream().map(ShowId::toString).distinct().toArray(String[]::new), now).stream()
                .collect(Collectors.toMap(row -> new ShowId(row.showId()), RemainingRow::remaining));
    }
}
