package app.marquee.domain.sales.seating;

import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.venue.Seat;
import app.marquee.domain.sales.venue.SeatId;
import app.marquee.domain.sales.venue.SeatKind;
import app.marquee.domain.sales.venue.SeatLayout;
import app.marquee.domain.sales.venue.SeatMap;
import app.marquee.domain.sales.venue.SeatMapPlan;
import app.marquee.domain.shared.Outcome;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class BestAvailableTest {
    private static final Set<SeatKind> STANDARD = Set.of(SeatKind.STANDARD);

    @Test
    void picksAdjacentSeatsInTheMiddleOfTheMiddleRow() {
        SeatMap map = map(SeatLayout.plain("Stalls", "A-E", "1-9"));

        assertThat(labels(choose(map, Set.of(), 3))).containsExactly("Stalls C-4", "Stalls C-5", "Stalls C-6");
    }

    @Test
    void neverSplitsAcrossAnAisle() {
        SeatMap map = map(new SeatLayout("Stalls", "A", "1-20", List.of(10), List.of(), List.of(), List.of()));

        List<Seat> four = choose(map, Set.of(), 4);

        assertThat(four).extracting(Seat::number).allMatch(n -> n <= 10).containsExactly(7, 8, 9, 10);
        assertThat(choose(map, Set.of(), 10)).extracting(Seat::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(BestAvailable.choose(map, Set.of(), new SeatRequest(STANDARD, 11, Optional.empty())))
                .isEqualTo(Outcome.rejected(SalesRejection.NOT_ENOUGH_ADJACENT_SEATS));
    }

    @Test
    void aMissingSeatBreaksARunOfSeats() {
        SeatMap map = map(new SeatLayout("Stalls", "A", "1-6", List.of(), List.of(), List.of(), List.of("A3")));

        assertThat(BestAvailable.choose(map, Set.of(), new SeatRequest(STANDARD, 4, Optional.empty())))
                .isEqualTo(Outcome.rejected(SalesRejection.NOT_ENOUGH_ADJACENT_SEATS));
        assertThat(choose(map, Set.of(), 3)).extracting(Seat::number).containsExactly(4, 5, 6);
    }

    @Test
    void skipsTakenSeatsForTheNearestFreeBlockToTheCentre() {
        SeatMap map = map(SeatLayout.plain("Stalls", "A-E", "1-9"));
        Set<SeatId> taken = map.seats().stream().filter(seat -> seat.row().equals("C") && seat.number() == 5)
                .map(Seat::id).collect(Collectors.toSet());

        List<Seat> two = choose(map, taken, 2);

        assertThat(labels(two)).as("B-4 and B-5 are nearer the centre than C-3 and C-4").containsExactly("Stalls B-4", "Stalls B-5");
    }

    @Test
    void neverHandsOutWheelchairOrCompanionPlacesUnlessAskedFor() {
        SeatMap map = map(new SeatLayout("Stalls", "A", "1-4", List.of(), List.of(),
                List.of(new SeatLayout.KindException("A2-3", SeatKind.WHEELCHAIR)), List.of()));

        assertThat(BestAvailable.choose(map, Set.of(), new SeatRequest(STANDARD, 2, Optional.empty())))
                .isEqualTo(Outcome.rejected(SalesRejection.NOT_ENOUGH_ADJACENT_SEATS));
        assertThat(BestAvailable.choose(map, Set.of(), new SeatRequest(Set.of(SeatKind.WHEELCHAIR), 2,
                Optional.empty())).orElseThrow(rejection -> new IllegalStateException(rejection.toString()))).extracting(Seat::number).containsExactly(2, 3);
    }

    @Test
    void tiesGoToTheFrontRowThenTheLeftmostBlock() {
        SeatMap map = map(SeatLayout.plain("Stalls", "A-B", "1-4"));

        assertThat(labels(choose(map, Set.of(), 1))).containsExactly("Stalls A-2");
        assertThat(labels(choose(map, Set.of(), 1))).as("the same question, the same answer")
                .containsExactly("Stalls A-2");
    }

    @Test
    void searchesThePreferredSectionFirstThenTheOthers() {
        SeatMap map = map(SeatLayout.plain("Stalls", "A-C", "1-6"), SeatLayout.plain("Balcony", "A-B", "1-6"));
        Set<SeatId> balconyFull = map.seats().stream().filter(seat -> seat.section().equals("Balcony"))
                .map(Seat::id).collect(Collectors.toCollection(HashSet::new));

        assertThat(BestAvailable.choose(map, Set.of(), new SeatRequest(STANDARD, 2, Optional.of("balcony")))
                .orElseThrow(rejection -> new IllegalStateException(rejection.toString()))).extracting(Seat::section).containsOnly("Balcony");
        assertThat(BestAvailable.choose(map, balconyFull, new SeatRequest(STANDARD, 2, Optional.of("Balcony")))
                .orElseThrow(rejection -> new IllegalStateException(rejection.toString()))).extracting(Seat::section).containsOnly("Stalls");
    }

    @Test
    void staysFastOnAHundredThousandSeats() {
        SeatMap map = map(SeatLayout.plain("Arena", "A-CV", "1-999"));
        Set<SeatId> taken = map.seats().stream().filter(seat -> seat.number() % 7 != 0).map(Seat::id)
                .collect(Collectors.toSet());

        long start = System.nanoTime();
        Outcome<List<Seat>> none = BestAvailable.choose(map, taken, new SeatRequest(STANDARD, 2, Optional.empty()));

        assertThat(none).isEqualTo(Outcome.rejected(SalesRejection.NOT_ENOUGH_ADJACENT_SEATS));
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(2_000);
    }

    private static SeatMap map(SeatLayout... layouts) {
        return SeatMap.draw(new SeatMapPlan(List.of(layouts), List.of()))
                .orElseThrow(rejection -> new IllegalStateException(rejection.toString()));
    }

    private static List<Seat> choose(SeatMap map, Set<SeatId> taken, int quantity) {
        return BestAvailable.choose(map, taken, new SeatRequest(STANDARD, quantity, Optional.empty()))
                .orElseThrow(rejection -> new IllegalStateException(rejection.toString()));
    }

    private static List<String> labels(List<Seat> seats) {
        return seats.stream().map(Seat::label).toList();
    }
}
