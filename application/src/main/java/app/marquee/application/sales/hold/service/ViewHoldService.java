package app.marquee.application.sales.hold.service;

import app.marquee.application.sales.hold.HoldView;
import app.marquee.application.sales.hold.port.in.ViewHoldQuery;
import app.marquee.application.sales.hold.port.out.LoadHoldPort;
import app.marquee.application.sales.show.port.out.LoadShowPort;
import app.marquee.application.sales.venue.port.out.LoadVenuePort;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.hold.HoldId;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

/** The buyer's own hold with its show and seat map; anyone else's is HOLD_NOT_FOUND, as a missing one. */
@Singleton
public class ViewHoldService implements ViewHoldQuery {
    private final LoadHoldPort holds;
    private final LoadShowPort shows;
    private final LoadVenuePort venues;

    public ViewHoldService(LoadHoldPort holds, LoadShowPort shows, LoadVenuePort venues) {
        this.holds = holds;
        this.shows = shows;
        this.venues = venues;
    }

    @Override
    @Transactional
    public Outcome<HoldView> view(HoldId id, AccountId buyer) {
        return holds.byId(id).filter(hold -> hold.buyer().equals(buyer))
                .flatMap(hold -> shows.byId(hold.show()).flatMap(show -> venues.byId(show.venue())
                        .map(venue -> new HoldView(hold, show, venue.seatMap()))))
                .<Outcome<HoldView>>map(Outcome::accepted).orElse(Outcome.rejected(SalesRejection.HOLD_NOT_FOUND));
    }
}
