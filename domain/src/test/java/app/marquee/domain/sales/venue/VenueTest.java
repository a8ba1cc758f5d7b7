package app.marquee.domain.sales.venue;

import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VenueTest {

    @Test
    void aNewVenueHasAnEmptySeatMapToBeDrawn() {
        Venue venue = Venue.open(Layouts.details(VenueKind.CINEMA_ROOM), Layouts.NOW);

        assertThat(venue.seatMap().isEmpty()).isTrue();
        assertThat(venue.version()).isZero();
    }

    @Test
    void redrawingKeepsTheIdsOfSeatsWhoseLabelIsUnchangedAndListsTheRemovedOnes() {
        Venue venue = Venue.open(Layouts.details(VenueKind.CINEMA_ROOM), Layouts.NOW);
        venue.redraw(Layouts.plan(SeatLayout.plain("Orchestra", "A-B", "1-10")), Layouts.NOW).orElseThrow(r -> new IllegalStateException(r.toString()));
        Map<String, SeatId> before = ids(venue);

        SeatMapChange change = venue.redraw(new SeatMapPlan(List.of(new SeatLayout("Orchestra", "A-C", "1-10",
                List.of(5), List.of(), List.of(new SeatLayout.KindException("A1", SeatKind.WHEELCHAIR)),
                List.of("B9-10"))), List.of()), Layouts.NOW).orElseThrow(r -> new IllegalStateException(r.toString()));

        Map<String, SeatId> after = ids(venue);
        assertThat(after.get("Orchestra A-1")).as("same label, new kind, same id").isEqualTo(before.get("Orchestra A-1"));
        assertThat(after.get("Orchestra A-7")).isEqualTo(before.get("Orchestra A-7"));
        assertThat(after.get("Orchestra C-1")).isNotIn(before.values());
        assertThat(change.removedSeats()).extracting(Seat::label).containsExactly("Orchestra B-9", "Orchestra B-10");
        assertThat(change.removedSeats()).extracting(Seat::id)
                .containsExactly(before.get("Orchestra B-9"), before.get("Orchestra B-10"));
    }

    @Test
    void anAreaKeepsItsIdUnderTheSameName() {
        Venue venue = Venue.open(Layouts.details(VenueKind.OPEN_AIR), Layouts.NOW);
        venue.redraw(new SeatMapPlan(List.of(), List.of(new SeatMapPlan.AreaPlan("Lawn", 100),
                new SeatMapPlan.AreaPlan("Pit", 50))), Layouts.NOW).orElseThrow(r -> new IllegalStateException(r.toString()));
        AreaId lawn = venue.seatMap().areas().get(0).id();

        SeatMapChange change = venue.redraw(new SeatMapPlan(List.of(), List.of(new SeatMapPlan.AreaPlan("Lawn", 300))),
                Layouts.NOW).orElseThrow(r -> new IllegalStateException(r.toString()));

        assertThat(venue.seatMap().areas()).singleElement().satisfies(area -> {
            assertThat(area.id()).isEqualTo(lawn);
            assertThat(area.capacity()).isEqualTo(300);
        });
        assertThat(change.removedAreas()).extracting(Area::name).containsExactly("Pit");
    }

    @Test
    void anAreaShrunkUnderTheSameNameCountsAsPlacesTakenAway() {
        Venue venue = Venue.open(Layouts.details(VenueKind.OPEN_AIR), Layouts.NOW);
        venue.redraw(new SeatMapPlan(List.of(), List.of(new SeatMapPlan.AreaPlan("Lawn", 5000))), Layouts.NOW)
                .orElseThrow(r -> new IllegalStateException(r.toString()));

        SeatMapChange change = venue.redraw(new SeatMapPlan(List.of(), List.of(new SeatMapPlan.AreaPlan("Lawn", 1))),
                Layouts.NOW).orElseThrow(r -> new IllegalStateException(r.toString()));

        assertThat(change.removedAreas()).extracting(Area::name, Area::capacity).containsExactly(tuple("Lawn", 5000));
    }

    @Test
    void aCinemaRoomCannotBeAreasOnly() {
        Venue room = Venue.open(Layouts.details(VenueKind.CINEMA_ROOM), Layouts.NOW);

        Outcome<SeatMapChange> areasOnly = room.redraw(new SeatMapPlan(List.of(),
                List.of(new SeatMapPlan.AreaPlan("Floor", 10))), Layouts.NOW);

        assertThat(areasOnly).isEqualTo(Outcome.rejected(Rejection.onField(SalesRejection.CINEMA_ROOM_NEEDS_SEATS,
                "sections")));
        assertThat(room.seatMap().isEmpty()).as("nothing changed").isTrue();
    }

    @Test
    void anOpenAirSiteWithAreasOnlyCannotBecomeACinemaRoom() {
        Venue site = Venue.open(Layouts.details(VenueKind.OPEN_AIR), Layouts.NOW);
        site.redraw(new SeatMapPlan(List.of(), List.of(new SeatMapPlan.AreaPlan("Lawn", 10))), Layouts.NOW)
                .orElseThrow(r -> new IllegalStateException(r.toString()));

        assertThat(site.revise(Layouts.details(VenueKind.CINEMA_ROOM), Layouts.NOW))
                .isEqualTo(Outcome.rejected(Rejection.onField(SalesRejection.CINEMA_ROOM_NEEDS_SEATS, "kind")));
        assertThat(site.details().kind()).isEqualTo(VenueKind.OPEN_AIR);
    }

    @Test
    void anAddressNeedsARealCountryAndANameIsTrimmed() {
        assertThatThrownBy(() -> new Address(List.of("1 Main St"), "Springfield", "12345", "XX"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Address(List.of(" 1 Main St "), "Springfield", "", "us").country()).isEqualTo("US");
        assertThatThrownBy(() -> new Address(List.of(), "Springfield", "", "US"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Map<String, SeatId> ids(Venue venue) {
        return venue.seatMap().seats().stream().collect(Collectors.toMap(Seat::label, Seat::id));
    }
}
