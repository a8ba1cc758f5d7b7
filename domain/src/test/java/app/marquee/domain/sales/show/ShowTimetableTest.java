package app.marquee.domain.sales.show;

import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ShowTimetableTest {
    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final Instant START = NOW.plus(Duration.ofDays(10));

    @Test
    void byDefaultAShowLastsThreeHoursAndIsSoldFromNowUntilItStarts() {
        ShowTimetable times = accepted(ShowTimetable.plan(START, Optional.empty(), Optional.empty(), Optional.empty(), NOW));

        assertThat(times.endsAt()).isEqualTo(START.plus(Duration.ofHours(3)));
        assertThat(times.window()).isEqualTo(new SalesWindow(NOW, START));
    }

    @Test
    void theSaleMayRunUntilTheEndButNotAfter() {
        Instant end = START.plus(Duration.ofHours(2));
        assertThat(accepted(ShowTimetable.plan(START, Optional.of(end), Optional.empty(), Optional.of(end), NOW))
                .window().closes()).isEqualTo(end);
        assertThat(ShowTimetable.plan(START, Optional.of(end), Optional.empty(), Optional.of(end.plusSeconds(1)), NOW))
                .isEqualTo(refused("salesCloseAt"));
    }

    @Test
    void aShowCannotBeScheduledInThePastNorEndBeforeItStarts() {
        assertThat(ShowTimetable.plan(NOW, Optional.empty(), Optional.empty(), Optional.empty(), NOW))
                .isEqualTo(refused("startsAt"));
        assertThat(ShowTimetable.plan(START, Optional.of(START), Optional.empty(), Optional.empty(), NOW))
                .isEqualTo(refused("endsAt"));
    }

    @Test
    void aSaleOpensBeforeItCloses() {
        assertThat(ShowTimetable.plan(START, Optional.empty(), Optional.of(START), Optional.empty(), NOW))
                .isEqualTo(refused("salesOpenAt"));
        assertThat(ShowTimetable.plan(START, Optional.empty(), Optional.empty(), Optional.of(NOW.minusSeconds(1)), NOW))
                .isEqualTo(refused("salesCloseAt"));
    }

    private static ShowTimetable accepted(Outcome<ShowTimetable> outcome) {
        return outcome.orElseThrow(rejection -> new IllegalStateException(rejection.code()));
    }

    private static Outcome<ShowTimetable> refused(String field) {
        return Outcome.rejected(Rejection.onField(SalesRejection.SHOW_TIMES_INVALID, field));
    }
}
