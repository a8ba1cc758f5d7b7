package app.marquee.application.sales.show.service;

import app.marquee.application.sales.event.port.out.LoadEventPort;
import app.marquee.application.sales.show.port.in.ScheduleShowUseCase;
import app.marquee.application.sales.show.port.out.SaveShowPort;
import app.marquee.application.sales.show.port.out.VenueForShowPort;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.event.Event;
import app.marquee.domain.sales.event.EventOwnership;
import app.marquee.domain.sales.event.EventStatus;
import app.marquee.domain.sales.show.SaleTerms;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.sales.show.ShowTimetable;
import app.marquee.domain.sales.venue.Area;
import app.marquee.domain.sales.venue.AreaId;
import app.marquee.domain.sales.venue.Venue;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks the event is the editor's and still alive, takes the venue (locked for the transaction,
 * so its map cannot lose a place meanwhile), checks the tiers' areas against that map, lets the
 * domain plan the times, and stores the draft.
 */
@Singleton
public class ScheduleShowService implements ScheduleShowUseCase {
    private final LoadEventPort events;
    private final VenueForShowPort venues;
    private final SaveShowPort save;
    private final Clock clock;

    public ScheduleShowService(LoadEventPort events, VenueForShowPort venues, SaveShowPort save, Clock clock) {
        this.events = events;
        this.venues = venues;
        this.save = save;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<Show> schedule(Command command) {
        Instant now = clock.instant();
        Optional<Event> event = events.byId(command.event()).filter(found -> EventOwnership.mayEdit(found.owner(),
                command.editor().account(), command.editor().role()));
        if (event.isEmpty()) {
            return Outcome.rejected(SalesRejection.EVENT_NOT_FOUND);
        }
        if (event.get().status() == EventStatus.CANCELLED) {
            return Outcome.rejected(SalesRejection.EVENT_CANCELLED);
        }
        Optional<Venue> venue = venues.lockedForShow(command.venue());
        if (venue.isEmpty()) {
            return Outcome.rejected(SalesRejection.VENUE_NOT_FOUND);
        }
        List<String> unknownAreas = unknownAreas(command, venue.get());
        if (!unknownAreas.isEmpty()) {
            return Outcome.rejected(Rejection.about(SalesRejection.AREA_NOT_FOUND, unknownAreas));
        }
        return ShowTimetable.plan(command.startsAt(), command.endsAt(), command.salesOpenAt(), command.salesCloseAt(),
                now).map(times -> save.add(Show.scheduleEventDate(command.event(), command.venue(), times.startsAt(),
                times.endsAt(), venue.get().details().timeZone(), new SaleTerms(command.tiers(), times.window(),
                        command.perOrderLimit(), command.tiers().get(0).price().currency()))));
    }

    private static List<String> unknownAreas(Command command, Venue venue) {
        Set<AreaId> known = venue.seatMap().areas().stream().map(Area::id).collect(Collectors.toSet());
        return command.tiers().stream().flatMap(tier -> tier.areas().stream()).distinct()
                .filter(area -> !known.contains(area)).map(AreaId::toString).toList();
    }
}
