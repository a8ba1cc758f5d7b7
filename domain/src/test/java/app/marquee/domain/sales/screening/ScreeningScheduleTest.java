package app.marquee.domain.sales.screening;

import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.venue.VenueId;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScreeningScheduleTest {
    private static final Instant EIGHT_PM = Instant.parse("2026-12-01T19:00:00Z");
    private static final ScreeningTimes TIMES = new ScreeningTimes(Duration.ofMinutes(20), Duration.ofMinutes(15));
    private static final Duration TWO_HOURS = Duration.ofMinutes(120);
    private final VenueId room = VenueId.newId();
    private final TitleId film = TitleId.newId();

    @Test
    void aScreeningEndsAfterTrailersRuntimeAndCleaning() {
        assertThat(TIMES.end(EIGHT_PM, TWO_HOURS)).isEqualTo(EIGHT_PM.plus(Duration.ofMinutes(155)));
    }

    @Test
    void backToBackScreeningsAreFine() {
        Screening first = scheduled(new ScreeningSchedule(room, TIMES, List.of()), EIGHT_PM);

        Outcome<Screening> next = new ScreeningSchedule(room, TIMES, List.of(first))
                .schedule(film, first.end(), TWO_HOURS, ScreeningVersion.VO, Projection.TWO_D);

        assertThat(next.isAccepted()).isTrue();
    }

    @Test
    void anOverlapIsRefusedNamingTheScreeningInTheWay() {
        Screening first = scheduled(new ScreeningSchedule(room, TIMES, List.of()), EIGHT_PM);
        ScreeningSchedule schedule = new ScreeningSchedule(room, TIMES, List.of(first));

        Outcome<Screening> oneMinuteEarly = schedule.schedule(film, first.end().minusSeconds(60), TWO_HOURS,
                ScreeningVersion.VF, Projection.THREE_D);
        Instant oneSecondInto = EIGHT_PM.minus(Duration.ofMinutes(155)).plusSeconds(1);
        Outcome<Screening> before = schedule.schedule(film, oneSecondInto, TWO_HOURS, ScreeningVersion.VF,
                Projection.TWO_D);

        Outcome<Screening> expected = Outcome.rejected(Rejection.about(SalesRejection.SCREENING_OVERLAP,
                List.of(first.id().toString())));
        assertThat(oneMinuteEarly).isEqualTo(expected);
        assertThat(before).as("ending one second into the first").isEqualTo(expected);
    }

    @Test
    void aScreeningMovedWithinItsOwnSlotDoesNotCollideWithItself() {
        Screening first = scheduled(new ScreeningSchedule(room, TIMES, List.of()), EIGHT_PM);

        Outcome<Screening> moved = new ScreeningSchedule(room, TIMES, List.of(first))
                .move(first, EIGHT_PM.plusSeconds(600), TWO_HOURS);

        assertThat(moved.isAccepted()).isTrue();
    }

    @Test
    void aScheduleHoldsOnlyItsRoomsScreenings() {
        Screening elsewhere = scheduled(new ScreeningSchedule(VenueId.newId(), TIMES, List.of()), EIGHT_PM);

        assertThatThrownBy(() -> new ScreeningSchedule(room, TIMES, List.of(elsewhere)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private Screening scheduled(ScreeningSchedule schedule, Instant start) {
        return schedule.schedule(film, start, TWO_HOURS, ScreeningVersion.VOSTFR, Projection.TWO_D)
                .orElseThrow(rejection -> new IllegalStateException(rejection.toString()));
    }
}
