package app.marquee.application.sales.screening.service;

import app.marquee.application.catalog.port.out.LoadTitlePort;
import app.marquee.application.sales.screening.ScreeningView;
import app.marquee.application.sales.screening.port.in.ScheduleScreeningUseCase;
import app.marquee.application.sales.screening.port.out.ScreeningsPort;
import app.marquee.application.sales.show.port.out.VenueForShowPort;
import app.marquee.domain.catalog.CatalogRejection;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleKind;
import app.marquee.domain.catalog.title.TitleStatus;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.screening.ScreeningSchedule;
import app.marquee.domain.sales.screening.ScreeningTimes;
import app.marquee.domain.sales.show.SaleTerms;
import app.marquee.domain.sales.show.SalesWindow;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.sales.venue.Venue;
import app.marquee.domain.sales.venue.VenueKind;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Takes the film (kept from deletion until the transaction ends) and the room (locked against map
 * changes), lets the room's schedule place the screening among those that could overlap it, and
 * stores it on sale from now until it starts; the store refuses an overlap written meanwhile.
 */
@Singleton
public class ScheduleScreeningService implements ScheduleScreeningUseCase {
    private final LoadTitlePort titles;
    private final VenueForShowPort venues;
    private final ScreeningsPort screenings;
    private final ScreeningTimes times;
    private final Clock clock;

    public ScheduleScreeningService(LoadTitlePort titles, VenueForShowPort venues, ScreeningsPort screenings,
                                    ScreeningTimes times, Clock clock) {
        this.titles = titles;
        this.venues = venues;
        this.screenings = screenings;
        this.times = times;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<ScreeningView> schedule(Command command) {
        Instant now = clock.instant();
        Optional<Title> film = titles.byIdForReference(command.title())
                .filter(title -> title.status() == TitleStatus.PUBLISHED && title.kind() == TitleKind.MOVIE);
        if (film.isEmpty()) {
            return Outcome.rejected(CatalogRejection.TITLE_NOT_FOUND);
        }
        Optional<Venue> room = venues.lockedForShow(command.room());
        if (room.isEmpty()) {
            return Outcome.rejected(SalesRejection.VENUE_NOT_FOUND);
        }
        if (room.get().details().kind() != VenueKind.CINEMA_ROOM) {
            return Outcome.rejected(SalesRejection.VENUE_NOT_A_CINEMA_ROOM);
        }
        if (!command.projection().playsIn(room.get().details())) {
            return Outcome.rejected(SalesRejection.ROOM_NOT_EQUIPPED_FOR_3D);
        }
        if (film.get().details().runtimeMinutes().isEmpty()) {
            return Outcome.rejected(SalesRejection.TITLE_RUNTIME_UNKNOWN);
        }
        if (!command.startsAt().isAfter(now)) {
            return Outcome.rejected(Rejection.onField(SalesRejection.SHOW_TIMES_INVALID, "startsAt"));
        }
        Duration runtime = Duration.ofMinutes(film.get().details().runtimeMinutes().getAsInt());
        Instant end = times.end(command.startsAt(), runtime);
        return new ScreeningSchedule(command.room(), times, screenings.inRoomBetween(command.room(),
                command.startsAt(), end))
                .schedule(command.title(), command.startsAt(), runtime, command.version(), command.projection())
                .map(placed -> Show.scheduleScreening(command.title(), command.room(), placed.start(), placed.end(),
                        room.get().details().timeZone(), SaleTerms.of(command.tiers(),
                                SalesWindow.untilStart(now, placed.start()))))
                .flatMap(show -> show.openSales(now))
                .flatMap(show -> screenings.add(show, command.version(), command.projection()))
                .map(show -> new ScreeningView(show, command.version(), command.projection(),
                        room.get().seatMap().capacity()));
    }
}
