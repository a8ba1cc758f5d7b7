package app.marquee.application.sales.venue.service;

import app.marquee.application.sales.venue.VenueSummary;
import app.marquee.application.sales.venue.fakes.FakeShows;
import app.marquee.application.sales.venue.fakes.InMemoryVenues;
import app.marquee.application.sales.venue.port.in.CreateVenueUseCase;
import app.marquee.application.sales.venue.port.in.ListVenuesQuery;
import app.marquee.application.sales.venue.port.in.RedrawSeatMapUseCase;
import app.marquee.application.sales.venue.port.in.ReviseVenueUseCase;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.venue.Address;
import app.marquee.domain.sales.venue.Seat;
import app.marquee.domain.sales.venue.SeatKind;
import app.marquee.domain.sales.venue.SeatLayout;
import app.marquee.domain.sales.venue.SeatMapChange;
import app.marquee.domain.sales.venue.SeatMapPlan;
import app.marquee.domain.sales.venue.Venue;
import app.marquee.domain.sales.venue.VenueDetails;
import app.marquee.domain.sales.venue.VenueId;
import app.marquee.domain.sales.venue.VenueKind;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import org.junit.jupiter.api.Test;

import app.marquee.domain.sales.screening.Projection;
import app.marquee.domain.sales.venue.Equipment;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class VenueServicesTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);
    private final InMemoryVenues venues = new InMemoryVenues();
    private final FakeShows shows = new FakeShows();
    private final CreateVenueService create = new CreateVenueService(venues, clock);
    private final ReviseVenueService revise = new ReviseVenueService(venues, venues, shows, clock);
    private final RedrawSeatMapService redraw = new RedrawSeatMapService(venues, venues, shows, clock);
    private final RemoveVenueService remove = new RemoveVenueService(venues, venues, shows);
    private final ViewVenueService view = new ViewVenueService(venues);
    private final ListVenuesService list = new ListVenuesService(venues);

    @Test
    void anOperatorOpensARoomDrawsItsSeatsAndReadsThemBack() {
        Venue room = create.create(new CreateVenueUseCase.Command(details("Salle 1", VenueKind.CINEMA_ROOM)));

        SeatMapChange drawn = accepted(redraw.redraw(new RedrawSeatMapUseCase.Command(room.id(), Optional.of(0L),
                plan(SeatLayout.plain("Stalls", "A-C", "1-10")))));

        assertThat(drawn.venue().version()).isEqualTo(1);
        assertThat(accepted(view.view(room.id())).seatMap().seats()).hasSize(30);
    }

    @Test
    void removingSeatsAFutureShowUsesIsRefusedListingThem() {
        Venue room = drawnRoom();
        List<Seat> rowC = accepted(view.view(room.id())).seatMap().seats().stream()
                .filter(seat -> seat.row().equals("C")).toList();
        shows.sellAt(room.id(), List.of(rowC.get(0).id(), rowC.get(1).id()));

        Outcome<SeatMapChange> smaller = redraw.redraw(new RedrawSeatMapUseCase.Command(room.id(), Optional.empty(),
                plan(SeatLayout.plain("Stalls", "A-B", "1-10"))));

        assertThat(smaller).isEqualTo(Outcome.rejected(Rejection.about(SalesRejection.SEATS_IN_USE,
                List.of("Stalls C-1", "Stalls C-2"))));
        assertThat(accepted(view.view(room.id())).seatMap().seats()).as("nothing written").hasSize(30);
    }

    @Test
    void changingTheKindOfASeatInUseKeepsItsIdAndIsAllowed() {
        Venue room = drawnRoom();
        Seat a1 = accepted(view.view(room.id())).seatMap().seats().get(0);
        shows.sellAt(room.id(), List.of(a1.id()));

        SeatMapChange change = accepted(redraw.redraw(new RedrawSeatMapUseCase.Command(room.id(), Optional.empty(),
                plan(new SeatLayout("Stalls", "A-C", "1-10", List.of(), List.of(),
                        List.of(new SeatLayout.KindException("A1", SeatKind.WHEELCHAIR)), List.of())))));

        assertThat(change.removedSeats()).isEmpty();
        assertThat(change.venue().seatMap().seats().get(0)).satisfies(seat -> {
            assertThat(seat.id()).isEqualTo(a1.id());
            assertThat(seat.kind()).isEqualTo(SeatKind.WHEELCHAIR);
        });
    }

    @Test
    void aStaleIfMatchIsAVersionMismatchOnLoadingAndAfterARace() {
        Venue room = drawnRoom();
        VenueDetails renamed = details("Salle Lumière", VenueKind.CINEMA_ROOM);

        assertThat(revise.revise(new ReviseVenueUseCase.Command(room.id(), Optional.of(0L), renamed)))
                .isEqualTo(Outcome.rejected(SalesRejection.VERSION_MISMATCH));
        assertThat(accepted(revise.revise(new ReviseVenueUseCase.Command(room.id(), Optional.of(1L), renamed)))
                .version()).isEqualTo(2);
    }

    @Test
    void aWriteThatLosesARaceIsAConflictWithoutIfMatchAndAMismatchWithIt() {
        Venue room = drawnRoom();
        RacingVenues racing = new RacingVenues(venues);
        ReviseVenueService racingRevise = new ReviseVenueService(racing, venues, shows, clock);
        VenueDetails renamed = details("Salle Lumière", VenueKind.CINEMA_ROOM);

        assertThat(racingRevise.revise(new ReviseVenueUseCase.Command(room.id(), Optional.empty(), renamed)))
                .isEqualTo(Outcome.rejected(SalesRejection.CONCURRENT_UPDATE));
        long now = accepted(view.view(room.id())).version();
        assertThat(racingRevise.revise(new ReviseVenueUseCase.Command(room.id(), Optional.of(now), renamed)))
                .isEqualTo(Outcome.rejected(SalesRejection.VERSION_MISMATCH));
    }

    @Test
    void aRoomWithScreeningsToComeKeepsWhatTheyNeed() {
        Venue room = create.create(new CreateVenueUseCase.Command(new VenueDetails("Salle 3D",
                details("x", VenueKind.CINEMA_ROOM).address(), ZoneId.of("Europe/Paris"), VenueKind.CINEMA_ROOM,
                Set.of(Equipment.THREE_D, Equipment.DOLBY_ATMOS))));
        shows.screenAt(room.id(), Projection.THREE_D);
        VenueDetails without3d = new VenueDetails("Salle 3D", room.details().address(), room.details().timeZone(),
                VenueKind.CINEMA_ROOM, Set.of(Equipment.DOLBY_ATMOS));
        VenueDetails hall = new VenueDetails("Salle 3D", room.details().address(), room.details().timeZone(),
                VenueKind.HALL, Set.of(Equipment.THREE_D));
        VenueDetails renamed = new VenueDetails("Salle Méliès", room.details().address(), room.details().timeZone(),
                VenueKind.CINEMA_ROOM, Set.of(Equipment.THREE_D));

        assertThat(revise.revise(new ReviseVenueUseCase.Command(room.id(), Optional.empty(), without3d)))
                .isEqualTo(Outcome.rejected(SalesRejection.VENUE_HAS_SCREENINGS));
        assertThat(revise.revise(new ReviseVenueUseCase.Command(room.id(), Optional.empty(), hall)))
                .isEqualTo(Outcome.rejected(SalesRejection.VENUE_HAS_SCREENINGS));
        assertThat(accepted(revise.revise(new ReviseVenueUseCase.Command(room.id(), Optional.empty(), renamed)))
                .details().name()).isEqualTo("Salle Méliès");
    }

    @Test
    void aVenueWithShowsIsKeptAndOneWithoutIsDeleted() {
        Venue used = drawnRoom();
        Venue unused = drawnRoom();
        shows.sellAt(used.id(), List.of());

        assertThat(remove.remove(used.id())).isEqualTo(Outcome.rejected(SalesRejection.VENUE_IN_USE));
        assertThat(remove.remove(unused.id())).isEqualTo(Outcome.accepted(unused.id()));
        assertThat(view.view(unused.id())).isEqualTo(Outcome.rejected(SalesRejection.VENUE_NOT_FOUND));
        assertThat(remove.remove(VenueId.newId())).isEqualTo(Outcome.rejected(SalesRejection.VENUE_NOT_FOUND));
    }

    @Test
    void venuesAreListedByNamePageByPage() {
        for (String name : List.of("Cirque", "arena", "Bataclan")) {
            create.create(new CreateVenueUseCase.Command(details(name, VenueKind.HALL)));
        }

        ListVenuesQuery.VenuePage first = accepted(list.list(new ListVenuesQuery.Listing(Optional.empty(), 2)));
        ListVenuesQuery.VenuePage second = accepted(list.list(new ListVenuesQuery.Listing(first.nextAfter(), 2)));

        assertThat(first.items()).extracting(summary -> summary.details().name()).containsExactly("arena", "Bataclan");
        assertThat(second.items()).extracting(VenueSummary::details).extracting(VenueDetails::name)
                .containsExactly("Cirque");
        assertThat(second.nextAfter()).isEmpty();
        assertThat(list.list(new ListVenuesQuery.Listing(Optional.of("nonsense"), 2)))
                .isEqualTo(Outcome.rejected(Rejection.onField(SalesRejection.INVALID_CURSOR, "cursor")));
    }

    private Venue drawnRoom() {
        Venue room = create.create(new CreateVenueUseCase.Command(details("Salle 1", VenueKind.CINEMA_ROOM)));
        return accepted(redraw.redraw(new RedrawSeatMapUseCase.Command(room.id(), Optional.empty(),
                plan(SeatLayout.plain("Stalls", "A-C", "1-10"))))).venue();
    }

    private static SeatMapPlan plan(SeatLayout layout) {
        return new SeatMapPlan(List.of(layout), List.of());
    }

    private static VenueDetails details(String name, VenueKind kind) {
        return new VenueDetails(name, new Address(List.of("1 place du Châtelet"), "Paris", "75001", "FR"),
                ZoneId.of("Europe/Paris"), kind, Set.of());
    }

    private static <T> T accepted(Outcome<T> outcome) {
        return outcome.orElseThrow(rejection -> new IllegalStateException(rejection.toString()));
    }
}
