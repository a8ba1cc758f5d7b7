package app.marquee.application.sales.screening.service;

import app.marquee.application.catalog.fakes.InMemorySeasons;
import app.marquee.application.catalog.fakes.InMemoryTitles;
import app.marquee.application.sales.screening.ScreeningFilter;
import app.marquee.application.sales.screening.ScreeningView;
import app.marquee.application.sales.screening.port.in.ScheduleScreeningUseCase;
import app.marquee.application.sales.screening.port.out.ScreeningsPort;
import app.marquee.application.sales.show.fakes.InMemoryShows;
import app.marquee.application.sales.venue.fakes.InMemoryVenues;
import app.marquee.domain.catalog.CatalogRejection;
import app.marquee.domain.catalog.title.LanguageCode;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleDetails;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.catalog.title.TitleKind;
import app.marquee.domain.catalog.title.TitleStatus;
import app.marquee.domain.payment.Money;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.screening.Projection;
import app.marquee.domain.sales.screening.Screening;
import app.marquee.domain.sales.screening.ScreeningId;
import app.marquee.domain.sales.screening.ScreeningTimes;
import app.marquee.domain.sales.screening.ScreeningVersion;
import app.marquee.domain.sales.show.PriceTier;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.sales.venue.Address;
import app.marquee.domain.sales.venue.Equipment;
import app.marquee.domain.sales.venue.SeatKind;
import app.marquee.domain.sales.venue.SeatLayout;
import app.marquee.domain.sales.venue.SeatMapPlan;
import app.marquee.domain.sales.venue.Venue;
import app.marquee.domain.sales.venue.VenueDetails;
import app.marquee.domain.sales.venue.VenueId;
import app.marquee.domain.sales.venue.VenueKind;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ScheduleScreeningServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private final InMemoryTitles titles = new InMemoryTitles(new InMemorySeasons());
    private final InMemoryVenues venues = new InMemoryVenues();
    private final StoredScreenings screenings = new StoredScreenings();
    private final ScheduleScreeningService schedule = new ScheduleScreeningService(titles,
            new InMemoryShows(venues), screenings, new ScreeningTimes(Duration.ofMinutes(20), Duration.ofMinutes(10)),
            Clock.fixed(NOW, ZoneOffset.UTC));
    private final TitleId film = titles.seed(film(TitleStatus.PUBLISHED, OptionalInt.of(100))).id();
    private final Venue room = room(VenueKind.CINEMA_ROOM);

    @Test
    void aScreeningEndsAfterTrailersFilmAndCleaningAndGoesOnSaleAtOnce() {
        Instant start = NOW.plus(Duration.ofDays(1));

        ScreeningView view = accepted(schedule.schedule(command(film, room.id(), start)));

        assertThat(view.show().endsAt()).isEqualTo(start.plus(Duration.ofMinutes(130)));
        assertThat(view.show().lifecycle()).isEqualTo(Show.Lifecycle.ON_SALE);
        assertThat(view.remainingSeats()).isEqualTo(room.seatMap().capacity());
    }

    @Test
    void anOverlapIsRefusedNamingTheScreeningInTheWayAndBackToBackIsFine() {
        Instant start = NOW.plus(Duration.ofDays(1));
        ScreeningView first = accepted(schedule.schedule(command(film, room.id(), start)));

        assertThat(schedule.schedule(command(film, room.id(), start.plus(Duration.ofMinutes(129)))))
                .isEqualTo(Outcome.rejected(Rejection.about(SalesRejection.SCREENING_OVERLAP,
                        List.of(first.show().id().toString()))));
        assertThat(schedule.schedule(command(film, room.id(), start.plus(Duration.ofMinutes(130)))).isAccepted()).isTrue();
    }

    @Test
    void onlyAPublishedFilmWithARuntimeInACinemaRoom() {
        TitleId draft = titles.seed(film(TitleStatus.DRAFT, OptionalInt.of(90))).id();
        TitleId noRuntime = titles.seed(film(TitleStatus.PUBLISHED, OptionalInt.empty())).id();
        Instant start = NOW.plus(Duration.ofDays(1));

        assertThat(schedule.schedule(command(draft, room.id(), start)))
                .isEqualTo(Outcome.rejected(CatalogRejection.TITLE_NOT_FOUND));
        assertThat(schedule.schedule(command(noRuntime, room.id(), start)))
                .isEqualTo(Outcome.rejected(SalesRejection.TITLE_RUNTIME_UNKNOWN));
        assertThat(schedule.schedule(command(film, room(VenueKind.HALL).id(), start)))
                .isEqualTo(Outcome.rejected(SalesRejection.VENUE_NOT_A_CINEMA_ROOM));
        assertThat(schedule.schedule(command(film, VenueId.newId(), start)))
                .isEqualTo(Outcome.rejected(SalesRejection.VENUE_NOT_FOUND));
        assertThat(screenings.stored).isEmpty();
    }

    @Test
    void aThreeDScreeningNeedsARoomEquippedForIt() {
        Instant start = NOW.plus(Duration.ofDays(1));
        Venue equipped = room(VenueKind.CINEMA_ROOM, Set.of(Equipment.THREE_D));

        assertThat(schedule.schedule(command(film, room.id(), start, Projection.THREE_D)))
                .isEqualTo(Outcome.rejected(SalesRejection.ROOM_NOT_EQUIPPED_FOR_3D));
        assertThat(screenings.stored).isEmpty();
        assertThat(accepted(schedule.schedule(command(film, equipped.id(), start, Projection.THREE_D)))
                .projection()).isEqualTo(Projection.THREE_D);
    }

    private static ScheduleScreeningUseCase.Command command(TitleId title, VenueId room, Instant start) {
        return command(title, room, start, Projection.TWO_D);
    }

    private static ScheduleScreeningUseCase.Command command(TitleId title, VenueId room, Instant start,
                                                            Projection projection) {
        return new ScheduleScreeningUseCase.Command(title, room, start, ScreeningVersion.VOSTFR, projection,
                List.of(new PriceTier(app.marquee.domain.sales.show.TierId.newId(), "FULL", Set.of(SeatKind.values()),
                        Set.of(), Money.of(1150, "EUR"), Optional.empty())));
    }

    private static Title film(TitleStatus status, OptionalInt runtime) {
        return Title.rehydrate(TitleId.newId(), TitleKind.MOVIE, new TitleDetails("Film", Optional.empty(), "", 2001,
                runtime, Set.of(), Optional.empty(), List.of(), Set.of(new LanguageCode("fr")), Set.of(),
                Optional.empty()), status, Map.of(), NOW, NOW, 0);
    }

    private Venue room(VenueKind kind) {
        return room(kind, Set.of());
    }

    private Venue room(VenueKind kind, Set<Equipment> equipment) {
        Venue venue = Venue.open(new VenueDetails("Salle", new Address(List.of("1 rue du Cinéma"), "Paris", "75005",
                "FR"), ZoneId.of("Europe/Paris"), kind, equipment), NOW);
        venue.redraw(new SeatMapPlan(List.of(SeatLayout.plain("Salle", "A-C", "1-8")), List.of()), NOW);
        return venues.add(venue);
    }

    private static <T> T accepted(Outcome<T> outcome) {
        return outcome.orElseThrow(rejection -> new IllegalStateException(rejection.code()));
    }

    /** Screenings kept in a list, as the store keeps them (its exclusion constraint is tested against PostgreSQL). */
    private static final class StoredScreenings implements ScreeningsPort {
        private final List<Screening> stored = new ArrayList<>();

        @Override
        public List<Screening> inRoomBetween(VenueId room, Instant from, Instant to) {
            return stored.stream().filter(screening -> screening.room().equals(room) && screening.overlaps(from, to))
                    .toList();
        }

        @Override
        public Outcome<Show> add(Show show, ScreeningVersion version, Projection projection) {
            stored.add(new Screening(new ScreeningId(show.id().value()), show.venue(), show.title().orElseThrow(),
                    show.startsAt(), show.endsAt(), version, projection));
            return Outcome.accepted(show);
        }

        @Override
        public List<ScreeningView> list(ScreeningFilter filter, Optional<ScreeningsPort.ScreeningCursor> after, int max,
                                        Instant now) {
            return List.of();
        }
    }
}
