package app.marquee.application.sales.venue.service;

import app.marquee.application.sales.paging.PagePosition;
import app.marquee.application.sales.paging.PageSlice;
import app.marquee.application.sales.venue.VenueSummary;
import app.marquee.application.sales.venue.port.in.ListVenuesQuery;
import app.marquee.application.sales.venue.port.out.LoadVenuePort;
import app.marquee.application.sales.venue.port.out.LoadVenuePort.VenueCursor;
import app.marquee.domain.sales.venue.VenueId;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;

import java.util.Locale;

/** Pages through venues by name; one row more than asked tells whether a next page exists. */
@Singleton
public class ListVenuesService implements ListVenuesQuery {
    private final LoadVenuePort load;

    public ListVenuesService(LoadVenuePort load) {
        this.load = load;
    }

    @Override
    public Outcome<VenuePage> list(Listing listing) {
        return PagePosition.read(listing.after()).map(after -> {
            PageSlice<VenueSummary> slice = PageSlice.of(load.list(
                    after.map(position -> new VenueCursor(position.key(), new VenueId(position.id()))),
                    listing.limit() + 1), listing.limit(), ListVenuesService::position);
            return new VenuePage(slice.items(), slice.next());
        });
    }

    private static PagePosition position(VenueSummary venue) {
        return new PagePosition(venue.details().name().toLowerCase(Locale.ROOT), venue.id().value());
    }
}
