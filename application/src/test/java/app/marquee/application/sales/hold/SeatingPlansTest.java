package app.marquee.application.sales.hold;

import app.marquee.domain.sales.inventory.SeatingPlan;
import app.marquee.domain.sales.venue.Area;
import app.marquee.domain.sales.venue.Seat;
import app.marquee.domain.sales.venue.SeatId;
import app.marquee.domain.sales.venue.SeatLayout;
import app.marquee.domain.sales.venue.SeatMap;
import app.marquee.domain.sales.venue.SeatMapPlan;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SeatingPlansTest {
    private final SeatMap hall = SeatMap.draw(new SeatMapPlan(List.of(SeatLayout.plain("Stalls", "A-T", "1-50")),
            List.of(new SeatMapPlan.AreaPlan("Pit", 300)))).orElseThrow(r -> new IllegalStateException(r.toString()));

    @Test
    void aHoldNamingTwoSeatsIsJudgedOnThoseTwoAndEveryArea() {
        Seat first = hall.seats().get(0);
        Seat last = hall.seats().get(999);
        Area pit = hall.areas().get(0);

        SeatingPlan plan = SeatingPlans.of(hall, Set.of(first.id(), last.id(), SeatId.newId()));

        assertThat(plan.seats()).containsOnlyKeys(first.id(), last.id());
        assertThat(plan.kindOf(first.id())).contains(first.kind());
        assertThat(plan.capacityOf(pit.id())).hasValue(300);
    }

    @Test
    void onlyUnknownSeatsInAVenueWithoutAreasAreJudgedOnTheWholeMap() {
        SeatMap room = SeatMap.draw(new SeatMapPlan(List.of(SeatLayout.plain("Stalls", "A", "1-4")), List.of()))
                .orElseThrow(r -> new IllegalStateException(r.toString()));

        assertThat(SeatingPlans.of(room, Set.of(SeatId.newId())).seats()).hasSize(4);
        assertThat(SeatingPlans.of(room, Set.of()).seats()).hasSize(4);
    }
}
