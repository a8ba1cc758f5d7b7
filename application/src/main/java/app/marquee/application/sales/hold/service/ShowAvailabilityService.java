package app.marquee.application.sales.hold.service;

import app.marquee.application.sales.event.port.in.ViewEventQuery.Reader;
import app.marquee.application.sales.hold.Availability;
import app.marquee.application.sales.hold.SeatingPlans;
import app.marquee.application.sales.hold.port.in.ShowAvailabilityQuery;
import app.marquee.application.sales.hold.port.out.TakenPlacesPort;
import app.marquee.application.sales.show.port.in.ViewShowQuery;
import app.marquee.application.sales.venue.port.out.LoadVenuePort;
import app.marquee.domain.sales.inventory.Inventory;
import app.marquee.domain.sales.inventory.SeatingPlan;
import app.marquee.domain.sales.show.ShowId;
import app.marquee.domain.sales.venue.Venue;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * A show's inventory from its venue's seat map and what live holds and valid tickets take now
 * (holds whose time is up are left out, lapsed or not), for whoever may see the show.
 */
@Singleton
public class ShowAvailabilityService implements ShowAvailabilityQuery {
    private final ViewShowQuery shows;
    private final LoadVenuePort venues;
    private final TakenPlacesPort taken;
    private final Clock clock;

    public ShowAvailabilityService(ViewShowQuery shows, LoadVenuePort venues, TakenPlacesPort taken, Clock clock) {
        this.shows = shows;
        this.venues = venues;
        this.taken = taken;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<Availability> availability(ShowId id, Reader reader) {
        Instant now = clock.instant();
        return shows.view(id, reader).map(show -> {
            Venue venue = venues.byId(show.venue()).orElseThrow();
            SeatingPlan plan = SeatingPlans.of(venue.seatMap());
            Inventory inventory = Inventory.of(plan, SeatingPlans.within(plan,
                    taken.takenAt(show.id(), Optional.empty(), now)));
            return new Availability(show, venue.seatMap(), inventory, show.statusAt(now, inventory.isSoldOut()));
        });
    }
}
