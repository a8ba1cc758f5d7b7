package app.marquee.application.sales.venue.service;

import app.marquee.application.sales.venue.VenueSummary;
import app.marquee.application.sales.venue.port.in.ListVenuesQuery;
import app.marquee.application.sales.venue.port.out.LoadVenuePort;
import app.marquee.application.sales.venue.port.out.LoadVenuePort.VenueCursor;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Pages through venues by name; one row more than asked tells whether a next page exists. */
@Singleton
public class ListVenuesService implements ListVenuesQuery {
    private final LoadVenuePort load;

    public ListVenuesService(LoadVenuePort load) {
        this.load = load;
    }

    @Override
    public Outcome<VenuePage> list(Listing listing) {
        Optional<VenueCursor> after = listing.after().flatMap(VenueCursors::read);
        if (listing.after().isPresent() && after.isEmpty()) {
            return Outcome.rejected(Rejection.onField(SalesRejection.INVALID_CURSOR, "cursor"));
        }
        List<VenueSummary> found = load.list(after, listing.limit() + 1);
        if (found.size() <= listing.limit()) {
            return Outcome.accepted(new VenuePage(found, Optional.empty()));
        }
        List<VenueSummary> page = found.subList(0, listing.limit());
        VenueSummary last = page.get(page.size() - 1);
        return Outcome.accepted(new VenuePage(page, Optional.of(VenueCursors.write(
                new VenueCursor(last.details().name().toLowerCase(Locale.ROOT), last.id())))));
    }
}
