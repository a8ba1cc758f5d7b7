package app.marquee.domain.library.progress;

import app.marquee.domain.library.LibraryRejection;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResumePositionTest {

    @Test
    void aPositionMayBeTheVeryStartOrTheVeryEnd() {
        assertThat(ResumePosition.of(0, 6_000)).isEqualTo(Outcome.accepted(new ResumePosition(0, 6_000)));
        assertThat(ResumePosition.of(6_000, 6_000)).isEqualTo(Outcome.accepted(new ResumePosition(6_000, 6_000)));
    }

    @Test
    void aPositionUpToFiftyNineSecondsPastTheRuntimeIsTheVeryEnd() {
        // Runtimes are whole minutes: a film of 100 min 59 s is catalogued as 100 minutes.
        assertThat(ResumePosition.of(6_001, 6_000)).isEqualTo(Outcome.accepted(new ResumePosition(6_000, 6_000)));
        assertThat(ResumePosition.of(6_059, 6_000)).isEqualTo(Outcome.accepted(new ResumePosition(6_000, 6_000)));
        ResumePosition atTheEnd = ResumePosition.of(6_059, 6_000).orElseThrow(r -> new IllegalStateException(r.toString()));
        assertThat(atTheEnd.isFinished()).isTrue();
        assertThat(atTheEnd.percent()).isEqualTo(100);
    }

    @Test
    void aPositionAMinuteOrMorePastTheRuntimeIsRefusedOnItsField() {
        assertThat(ResumePosition.of(6_060, 6_000)).isEqualTo(
                Outcome.rejected(Rejection.onField(LibraryRejection.POSITION_BEYOND_RUNTIME, "positionSeconds")));
        assertThat(ResumePosition.of(Integer.MAX_VALUE, 59_940)).isEqualTo(
                Outcome.rejected(Rejection.onField(LibraryRejection.POSITION_BEYOND_RUNTIME, "positionSeconds")));
    }

    @Test
    void aNegativePositionIsRefusedOnItsField() {
        assertThat(ResumePosition.of(-1, 6_000)).isEqualTo(
                Outcome.rejected(Rejection.onField(LibraryRejection.POSITION_NEGATIVE, "positionSeconds")));
    }

    @Test
    void aPositionNeedsARuntime() {
        assertThatThrownBy(() -> new ResumePosition(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ResumePosition(11, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void percentIsRoundedDownSoOnlyTheEndIsAHundred() {
        assertThat(new ResumePosition(0, 3).percent()).isZero();
        assertThat(new ResumePosition(2, 3).percent()).isEqualTo(66);
        assertThat(new ResumePosition(5_999, 6_000).percent()).isEqualTo(99);
        assertThat(new ResumePosition(6_000, 6_000).percent()).isEqualTo(100);
    }

    @Test
    void ninetyPercentExactlyIsFinishedAndOneSecondLessIsNot() {
        assertThat(new ResumePosition(5_400, 6_000).isFinished()).isTrue();
        assertThat(new ResumePosition(5_399, 6_000).isFinished()).isFalse();
        assertThat(new ResumePosition(6_000, 6_000).isFinished()).isTrue();
    }

    @Test
    void theBoundaryIsExactWhenNinetyPercentIsNoWholeSecond() {
        // 90 % of 2,701 seconds is 2,430.9: 2,430 is short of it, 2,431 past it.
        assertThat(new ResumePosition(2_430, 2_701).isFinished()).isFalse();
        assertThat(new ResumePosition(2_431, 2_701).isFinished()).isTrue();
    }

    @Test
    void theLongestRuntimeDoesNotOverflow() {
        int longest = 999 * 60;
        assertThat(new ResumePosition(longest, longest).isFinished()).isTrue();
        assertThat(new ResumePosition(longest, longest).percent()).isEqualTo(100);
    }
}
