package app.marquee.application.sales.venue.service;

import app.marquee.application.sales.venue.port.in.RemoveVenueUseCase;
import app.marquee.application.sales.venue.port.out.LoadVenuePort;
import app.marquee.application.sales.venue.port.out.SaveVenuePort;
import app.marquee.application.sales.venue.port.out.SeatsInUsePort;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.venue.VenueId;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

/** A venue that has shows, past or future, is kept: their tickets and reports point at it. */
@Singleton
public class RemoveVenueService implements RemoveVenueUseCase {
    private final LoadVenuePort load;
    private final SaveVenuePort save;
    private final SeatsInUsePort inUse;

    public RemoveVenueService(LoadVenuePort load, SaveVenuePort save, SeatsInUsePort inUse) {
        this.load = load;
        this.save = save;
        this.inUse = inUse;
    }

    @Override
    @Transactional
    public Outcome<VenueId> remove(VenueId id) {
        if (load.byId(id).isEmpty()) {
            return Outcome.rejected(SalesRejection.VENUE_NOT_FOUND);
        }
        if (inUse.hasShows(id)) {
            return Outcome.rejected(SalesRejection.VENUE_IN_USE);
        }
        return save.delete(id);
    }
}
