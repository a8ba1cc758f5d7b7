package app.marquee.application.catalog.service;

import app.marquee.application.catalog.fakes.InMemoryPopularity;
import app.marquee.application.identity.fakes.MutableClock;
import app.marquee.domain.catalog.popularity.PopularityRefresh;
import app.marquee.domain.catalog.popularity.TitleSignals;
import app.marquee.domain.catalog.title.TitleId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RefreshPopularityServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryPopularity popularity = new InMemoryPopularity();
    private final RefreshPopularityService service = new RefreshPopularityService(popularity, clock);
    private final TitleId favored = TitleId.newId();
    private final TitleId disliked = TitleId.newId();
    private final TitleId untouched = TitleId.newId();

    @Test
    void everyTitleGetsTheStandardScoreOfItsSignalsAndOnlyChangedTitlesAreCounted() {
        popularity.signals(favored, new TitleSignals(2, 1, 0, 0, 1, 1));
        popularity.signals(disliked, new TitleSignals(0, 0, 3, 0, 0, 0));
        popularity.title(untouched);

        assertThat(service.refresh()).isEqualTo(new PopularityRefresh.Recomputed(1));

        assertThat(popularity.of(favored)).isEqualTo(2 * 3 + 2 + 1 + 1);
        assertThat(popularity.of(disliked)).isZero();
        assertThat(popularity.of(untouched)).isZero();
        assertThat(service.refresh()).as("nothing moved since").isEqualTo(new PopularityRefresh.Recomputed(0));
    }

    @Test
    void finishedViewingsCountForNinetyDaysThenFade() {
        popularity.finished(favored, NOW.minus(Duration.ofDays(90)));
        popularity.finished(favored, NOW.minus(Duration.ofDays(10)));
        popularity.finished(favored, NOW.minus(Duration.ofDays(91)));

        service.refresh();
        assertThat(popularity.of(favored)).isEqualTo(2);

        clock.advance(Duration.ofDays(1));
        service.refresh();
        assertThat(popularity.of(favored)).isEqualTo(1);
    }

    @Test
    void aTitleThatLostEverySignalGoesBackToZero() {
        popularity.signals(favored, new TitleSignals(1, 0, 0, 0, 0, 0));
        service.refresh();
        assertThat(popularity.of(favored)).isEqualTo(3);

        popularity.forget(favored);

        assertThat(service.refresh()).isEqualTo(new PopularityRefresh.Recomputed(1));
        assertThat(popularity.of(favored)).isZero();
    }

    @Test
    void whileAnotherInstanceRefreshesThisOneLeavesItToIt() {
        popularity.signals(favored, new TitleSignals(1, 0, 0, 0, 0, 0));
        popularity.anotherRefreshRuns();

        assertThat(service.refresh()).isEqualTo(new PopularityRefresh.AlreadyRunning());
        assertThat(popularity.of(favored)).isZero();
    }
}
