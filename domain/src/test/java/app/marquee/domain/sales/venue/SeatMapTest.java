package app.marquee.domain.sales.venue;

import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SeatMapTest {

    @Test
    void aLayoutBecomesEverySeatOfItsRowsLessTheMissingOnes() {
        SeatMap map = Layouts.drawn(Layouts.plan(Layouts.orchestra()));

        assertThat(map.seats()).hasSize(13 * 20 - 2);
        assertThat(map.sections()).singleElement().satisfies(section -> {
            assertThat(section.rows()).extracting(Row::label).containsExactly("A", "B", "C", "D", "E", "F", "G",
                    "H", "I", "J", "K", "L", "M");
            assertThat(section.rows().get(11).seats()).extracting(Seat::number).doesNotContain(19, 20).hasSize(18);
        });
        assertThat(map.seats()).extracting(Seat::label).doesNotHaveDuplicates().contains("Orchestra A-12");
    }

    @Test
    void anAisleMakesTheSeatsEitherSideNotAdjacent() {
        Row a = Layouts.drawn(Layouts.plan(Layouts.orchestra())).sections().get(0).rows().get(0);

        assertThat(a.seats().get(8).isNextTo(a.seats().get(9))).isTrue();
        assertThat(a.seats().get(9).isNextTo(a.seats().get(10))).as("seats 10 and 11 across the aisle").isFalse();
        assertThat(a.seats().get(9).position()).isEqualTo(10);
        assertThat(a.seats().get(10).position()).isEqualTo(12);
    }

    @Test
    void aRowSpecificAisleSplitsOnlyThoseRows() {
        SeatLayout layout = new SeatLayout("Balcony", "A-C", "1-8", List.of(), List.of(new SeatLayout.RowAisle("B", 4)),
                List.of(), List.of());
        Section balcony = Layouts.drawn(Layouts.plan(layout)).sections().get(0);

        assertThat(balcony.rows().get(0).seats().get(3).isNextTo(balcony.rows().get(0).seats().get(4))).isTrue();
        assertThat(balcony.rows().get(1).seats().get(3).isNextTo(balcony.rows().get(1).seats().get(4))).isFalse();
    }

    @Test
    void exceptionsGiveSeatsTheirKind() {
        SeatMap map = Layouts.drawn(Layouts.plan(Layouts.orchestra()));

        assertThat(kindOf(map, "Orchestra A-1")).isEqualTo(SeatKind.WHEELCHAIR);
        assertThat(kindOf(map, "Orchestra A-2")).isEqualTo(SeatKind.WHEELCHAIR);
        assertThat(kindOf(map, "Orchestra A-3")).isEqualTo(SeatKind.COMPANION);
        assertThat(kindOf(map, "Orchestra M-5")).isEqualTo(SeatKind.PREMIUM);
        assertThat(kindOf(map, "Orchestra M-17")).isEqualTo(SeatKind.STANDARD);
    }

    @Test
    void rowsMaySkipALetterAndRunPastZ() {
        SeatMap map = Layouts.drawn(Layouts.plan(SeatLayout.plain("Stalls", "A-H,J-K,Y-AB", "1-2")));

        assertThat(map.sections().get(0).rows()).extracting(Row::label)
                .containsExactly("A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "Y", "Z", "AA", "AB");
    }

    @Test
    void aBackwardsRowRangeIsRefusedNamingTheField() {
        assertThat(SeatMap.draw(Layouts.plan(SeatLayout.plain("Orchestra", "M-A", "1-20"))))
                .isEqualTo(refused(SalesRejection.ROW_RANGE_INVALID, "sections[0].rows"));
        assertThat(SeatMap.draw(Layouts.plan(SeatLayout.plain("Orchestra", "A-C,B", "1-20"))))
                .as("a row twice").isEqualTo(refused(SalesRejection.ROW_RANGE_INVALID, "sections[0].rows"));
    }

    @Test
    void anEmptyOrBackwardsSeatRangeIsRefused() {
        assertThat(SeatMap.draw(Layouts.plan(SeatLayout.plain("Orchestra", "A-C", "20-1"))))
                .isEqualTo(refused(SalesRejection.SEAT_RANGE_INVALID, "sections[0].seats"));
        assertThat(SeatMap.draw(Layouts.plan(SeatLayout.plain("Orchestra", "A-C", "0"))))
                .isEqualTo(refused(SalesRejection.SEAT_RANGE_INVALID, "sections[0].seats"));
        assertThat(SeatMap.draw(Layouts.plan(SeatLayout.plain("Orchestra", "A-C", ""))))
                .isEqualTo(refused(SalesRejection.SEAT_RANGE_INVALID, "sections[0].seats"));
    }

    @Test
    void anExceptionOrAnAisleOutsideTheLayoutIsRefused() {
        SeatLayout outside = new SeatLayout("Orchestra", "A-C", "1-10", List.of(), List.of(),
                List.of(new SeatLayout.KindException("D1", SeatKind.PREMIUM)), List.of());
        SeatLayout beyond = new SeatLayout("Orchestra", "A-C", "1-10", List.of(), List.of(),
                List.of(), List.of("A9-11"));
        SeatLayout aisle = new SeatLayout("Orchestra", "A-C", "1-10", List.of(4, 10), List.of(), List.of(), List.of());
        SeatLayout onMissing = new SeatLayout("Orchestra", "A-C", "1-10", List.of(), List.of(),
                List.of(new SeatLayout.KindException("A10", SeatKind.PREMIUM)), List.of("A10"));

        assertThat(SeatMap.draw(Layouts.plan(outside)))
                .isEqualTo(refused(SalesRejection.SEAT_OUTSIDE_LAYOUT, "sections[0].exceptions[0].seats"));
        assertThat(SeatMap.draw(Layouts.plan(beyond)))
                .isEqualTo(refused(SalesRejection.SEAT_OUTSIDE_LAYOUT, "sections[0].missing[0]"));
        assertThat(SeatMap.draw(Layouts.plan(aisle)))
                .isEqualTo(refused(SalesRejection.SEAT_OUTSIDE_LAYOUT, "sections[0].aislesAfter[1]"));
        assertThat(SeatMap.draw(Layouts.plan(onMissing)))
                .isEqualTo(refused(SalesRejection.SEAT_OUTSIDE_LAYOUT, "sections[0].exceptions[0].seats"));
        assertThat(SeatMap.draw(Layouts.plan(new SeatLayout("Orchestra", "A-C", "1-10", List.of(), List.of(),
                List.of(), List.of("A-3")))))
                .isEqualTo(refused(SalesRejection.SEAT_REFERENCE_INVALID, "sections[0].missing[0]"));
    }

    @Test
    void moreThanAHundredThousandPlacesIsRefusedWithoutDrawingThem() {
        SeatMapPlan huge = Layouts.plan(SeatLayout.plain("Arena", "A-ZZZ", "1-999"));
        SeatMapPlan justOver = new SeatMapPlan(List.of(SeatLayout.plain("Arena", "A-CV", "1-999")),
                List.of(new SeatMapPlan.AreaPlan("Floor", 100_000 - 99_900 + 1)));

        assertThat(SeatMap.draw(huge)).isEqualTo(refused(SalesRejection.SEAT_MAP_TOO_LARGE, "sections"));
        assertThat(SeatMap.draw(justOver)).isEqualTo(refused(SalesRejection.SEAT_MAP_TOO_LARGE, "sections"));
    }

    @Test
    void sectionAndAreaNamesAreUniqueIgnoringCase() {
        assertThat(SeatMap.draw(Layouts.plan(SeatLayout.plain("Balcony", "A", "1-2"),
                SeatLayout.plain("BALCONY", "B", "1-2"))))
                .isEqualTo(refused(SalesRejection.SECTION_NAME_DUPLICATE, "sections[1].name"));
        assertThat(SeatMap.draw(new SeatMapPlan(List.of(), List.of(new SeatMapPlan.AreaPlan("Lawn", 10),
                new SeatMapPlan.AreaPlan("lawn", 5)))))
                .isEqualTo(refused(SalesRejection.AREA_NAME_DUPLICATE, "areas[1].name"));
    }

    @Test
    void aMapHoldsAtLeastOnePlace() {
        assertThat(SeatMap.draw(new SeatMapPlan(List.of(), List.of())))
                .isEqualTo(refused(SalesRejection.SEAT_MAP_EMPTY, "sections"));
    }

    @Test
    void anOpenAirMapMayBeAreasOnly() {
        SeatMap lawn = Layouts.drawn(new SeatMapPlan(List.of(), List.of(new SeatMapPlan.AreaPlan("Lawn", 5_000))));

        assertThat(lawn.hasSeats()).isFalse();
        assertThat(lawn.capacity()).isEqualTo(5_000);
    }

    private static SeatKind kindOf(SeatMap map, String label) {
        return map.seats().stream().filter(seat -> seat.label().equals(label)).findFirst().orElseThrow().kind();
    }

    private static Outcome<SeatMap> refused(SalesRejection reason, String field) {
        return Outcome.rejected(Rejection.onField(reason, field));
    }
}
