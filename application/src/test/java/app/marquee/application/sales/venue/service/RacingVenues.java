package app.marquee.application.sales.venue.service;

import app.marquee.application.sales.venue.VenueSummary;
import app.marquee.application.sales.venue.fakes.InMemoryVenues;
import app.marquee.application.sales.venue.port.out.LoadVenuePort;
import app.marquee.domain.sales.venue.Venue;
import app.marquee.domain.sales.venue.VenueId;

import java.util.List;
import java.util.Optional;

/** Reads a venue, then lets another writer change it before the caller saves: a lost race. */
final class RacingVenues implements LoadVenuePort {
    private final InMemoryVenues venues;

    RacingVenues(InMemoryVenues venues) {
        this.venues = venues;
    }

    @Override
    public Optional<Venue> byId(VenueId id) {
        Optional<Venue> read = venues.byId(id);
        venues.touch(id);
        return read;
    }

    @Override
    public List<VenueSummary> list(Optional<VenueCursor> after, int max) {
        return venues.list(after, max);
    }
}
