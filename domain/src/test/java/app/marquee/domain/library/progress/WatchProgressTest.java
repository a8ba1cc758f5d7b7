package app.marquee.domain.library.progress;

import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WatchProgressTest {
    private static final Instant T0 = Instant.parse("2026-05-01T20:00:00Z");
    private static final int RUNTIME = 6_000;
    private final AccountId viewer = AccountId.newId();
    private final WatchedItem film = WatchedItem.film(TitleId.newId());

    @Test
    void aFirstPositionShortOfTheEndIsInProgress() {
        WatchProgress progress = WatchProgress.begin(viewer, film, at(1_200), T0);

        assertThat(progress.isFinished()).isFalse();
        assertThat(progress.completedAt()).isEmpty();
        assertThat(progress.updatedAt()).isEqualTo(T0);
    }

    @Test
    void reachingNinetyPercentFinishesItAndRemembersWhen() {
        WatchProgress progress = WatchProgress.begin(viewer, film, at(1_200), T0);

        progress.moveTo(at(5_400), T0.plusSeconds(60));

        assertThat(progress.isFinished()).isTrue();
        assertThat(progress.completedAt()).contains(T0.plusSeconds(60));
    }

    @Test
    void watchingAgainFromTheStartKeepsTheFirstCompletion() {
        WatchProgress progress = WatchProgress.begin(viewer, film, at(5_500), T0);

        progress.moveTo(at(30), T0.plusSeconds(3_600));
        progress.moveTo(at(5_999), T0.plusSeconds(7_200));

        assertThat(progress.position().seconds()).isEqualTo(5_999);
        assertThat(progress.completedAt()).contains(T0);
        progress.moveTo(at(10), T0.plusSeconds(9_000));
        assertThat(progress.isFinished()).isFalse();
        assertThat(progress.wasEverFinished()).isTrue();
    }

    @Test
    void aReportOlderThanTheEntryLeavesThePositionAlone() {
        WatchProgress progress = WatchProgress.begin(viewer, film, at(2_000), T0);

        progress.moveTo(at(1_000), T0.minusSeconds(5));

        assertThat(progress.position().seconds()).isEqualTo(2_000);
        assertThat(progress.updatedAt()).isEqualTo(T0);
    }

    @Test
    void aLateReportOfTheEndStillCountsAsTheFirstCompletion() {
        WatchProgress progress = WatchProgress.begin(viewer, film, at(100), T0);

        progress.moveTo(at(5_900), T0.minusSeconds(5));

        assertThat(progress.position().seconds()).isEqualTo(100);
        assertThat(progress.completedAt()).contains(T0.minusSeconds(5));
        assertThat(progress.isFinished()).isFalse();
    }

    @Test
    void twoReportsAtTheSameInstantLetTheLaterWriteWin() {
        WatchProgress progress = WatchProgress.begin(viewer, film, at(100), T0);

        progress.moveTo(at(200), T0);

        assertThat(progress.position().seconds()).isEqualTo(200);
    }

    @Test
    void aFinishedEntryWithoutItsCompletionCannotBeRebuilt() {
        assertThatThrownBy(() -> WatchProgress.rehydrate(viewer, film, at(5_800), java.util.Optional.empty(), T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static ResumePosition at(int seconds) {
        return new ResumePosition(seconds, RUNTIME);
    }
}
