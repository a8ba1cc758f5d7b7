package app.marquee.application.sales.venue.service;

import app.marquee.application.sales.venue.port.in.ViewVenueQuery;
import app.marquee.application.sales.venue.port.out.LoadVenuePort;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.venue.Venue;
import app.marquee.domain.sales.venue.VenueId;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;

@Singleton
public class ViewVenueService implements ViewVenueQuery {
    private final LoadVenuePort load;

    public ViewVenueService(LoadVenuePort load) {
        this.load = load;
    }

    @Override
    public Outcome<Venue> view(VenueId id) {
        return load.byId(id).map(Outcome::accepted).orElseGet(() -> Outcome.rejected(SalesRejection.VENUE_NOT_FOUND));
    }
}
