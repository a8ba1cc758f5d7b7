package app.marquee.application.sales.venue.service;

import app.marquee.application.sales.venue.port.in.RedrawSeatMapUseCase;
import app.marquee.application.sales.venue.port.out.LoadVenuePort;
import app.marquee.application.sales.venue.port.out.SaveVenuePort;
import app.marquee.application.sales.venue.port.out.SeatsInUsePort;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.venue.Area;
import app.marquee.domain.sales.venue.AreaId;
import app.marquee.domain.sales.venue.Seat;
import app.marquee.domain.sales.venue.SeatId;
import app.marquee.domain.sales.venue.SeatMapChange;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The domain redraws the map and says which places it drops; the shows are asked whether a future
 * one still uses any of them (refused with SEATS_IN_USE, listing their labels and area names);
 * then the map is written at the version read.
 */
@Singleton
public class RedrawSeatMapService implements RedrawSeatMapUseCase {
    private final LoadVenuePort load;
    private final SaveVenuePort save;
    private final SeatsInUsePort inUse;
    private final Clock clock;

    public RedrawSeatMapService(LoadVenuePort load, SaveVenuePort save, SeatsInUsePort inUse, Clock clock) {
        this.load = load;
        this.save = save;
        this.inUse = inUse;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<SeatMapChange> redraw(Command command) {
        Instant now = clock.instant();
        return VersionedVenues.load(load, command.id(), command.expectedVersion())
                .flatMap(venue -> venue.redraw(command.plan(), now))
                .flatMap(change -> stillUsed(change, now))
                .flatMap(change -> VersionedVenues.saved(save.updateSeatMap(change.venue()), command.expectedVersion())
                        .map(saved -> new SeatMapChange(saved, change.removedSeats(), change.removedAreas())));
    }

    private Outcome<SeatMapChange> stillUsed(SeatMapChange change, Instant now) {
        if (change.removedSeats().isEmpty() && change.removedAreas().isEmpty()) {
            return Outcome.accepted(change);
        }
        Set<SeatId> seats = inUse.seatsUsedByFutureShows(change.venue().id(),
                change.removedSeats().stream().map(Seat::id).toList(), now);
        Set<AreaId> areas = inUse.areasUsedByFutureShows(change.venue().id(),
                change.removedAreas().stream().map(Area::id).toList(), now);
        List<String> used = new ArrayList<>();
        change.removedSeats().stream().filter(seat -> seats.contains(seat.id())).map(Seat::label).forEach(used::add);
        change.removedAreas().stream().filter(area -> areas.contains(area.id())).map(Area::name).forEach(used::add);
        return used.isEmpty() ? Outcome.accepted(change)
                : Outcome.rejected(Rejection.about(SalesRejection.SEATS_IN_USE, used));
    }
}
