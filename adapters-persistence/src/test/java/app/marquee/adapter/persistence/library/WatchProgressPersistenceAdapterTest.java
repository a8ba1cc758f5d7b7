package app.marquee.adapter.persistence.library;

import app.marquee.adapter.persistence.DatabaseTest;
import app.marquee.adapter.persistence.Race;
import app.marquee.adapter.persistence.TestDatabase;
import app.marquee.adapter.persistence.catalog.SeasonPersistenceAdapter;
import app.marquee.adapter.persistence.catalog.TitleReferencesPersistenceAdapter;
import app.marquee.application.library.port.out.WatchProgressPort.HistoryPage;
import app.marquee.domain.catalog.season.EpisodeId;
import app.marquee.domain.catalog.season.Season;
import app.marquee.domain.catalog.season.SeasonId;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.LibraryRejection;
import app.marquee.domain.library.progress.ResumePosition;
import app.marquee.domain.library.progress.WatchProgress;
import app.marquee.domain.library.progress.WatchedItem;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static app.marquee.adapter.persistence.library.TestLibrary.EPISODE_SECONDS;
import static app.marquee.adapter.persistence.library.TestLibrary.FILM_SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
class WatchProgressPersistenceAdapterTest extends DatabaseTest {
    @Inject
    WatchProgressPersistenceAdapter progress;
    @Inject
    TestLibrary library;
    @Inject
    SeasonPersistenceAdapter seasons;
    @Inject
    TitleReferencesPersistenceAdapter references;
    @Inject
    TransactionOperations<Connection> transactions;

    private final Instant t0 = TestLibrary.now();

    @Test
    void aFilmHasOneEntryThatEachReportMoves() {
        AccountId viewer = library.viewer();
        WatchedItem film = WatchedItem.film(library.film());

        progress.save(WatchProgress.begin(viewer, film, film(600), t0));
        WatchProgress saved = progress.save(progress.find(viewer, film).orElseThrow()
                .moveTo(film(5_400), t0.plusSeconds(60)));

        assertThat(saved.position()).isEqualTo(film(5_400));
        assertThat(saved.isFinished()).isTrue();
        assertThat(saved.completedAt()).contains(t0.plusSeconds(60));
        assertThat(progress.find(viewer, film).orElseThrow()).usingRecursiveComparison().isEqualTo(saved);
        assertThat(rowsOf(viewer)).isEqualTo(1);
    }

    @Test
    void twoFreshReportsOfOneFilmStillMakeOneEntryBecauseNoEpisodeEqualsNoEpisode() {
        AccountId viewer = library.viewer();
        WatchedItem film = WatchedItem.film(library.film());

        progress.save(WatchProgress.begin(viewer, film, film(100), t0));
        WatchProgress second = progress.save(WatchProgress.begin(viewer, film, film(200), t0.plusSeconds(1)));

        assertThat(second.position().seconds()).isEqualTo(200);
        assertThat(rowsOf(viewer)).isEqualTo(1);
    }

    @Test
    void aReportOlderThanTheStoredOneKeepsThePositionButBringsAnEarlierFirstCompletion() {
        AccountId viewer = library.viewer();
        WatchedItem film = WatchedItem.film(library.film());
        progress.save(WatchProgress.begin(viewer, film, film(100), t0.plusSeconds(60)));

        WatchProgress merged = progress.save(WatchProgress.begin(viewer, film, film(5_900), t0));

        assertThat(merged.position().seconds()).isEqualTo(100);
        assertThat(merged.updatedAt()).isEqualTo(t0.plusSeconds(60));
        assertThat(merged.isFinished()).isFalse();
        assertThat(merged.completedAt()).contains(t0);
    }

    @Test
    void theFirstCompletionSurvivesARewatchSavedWithoutIt() {
        AccountId viewer = library.viewer();
        WatchedItem film = WatchedItem.film(library.film());
        progress.save(WatchProgress.begin(viewer, film, film(5_999), t0));

        WatchProgress rewatch = progress.save(WatchProgress.begin(viewer, film, film(10), t0.plusSeconds(600)));

        assertThat(rewatch.position().seconds()).isEqualTo(10);
        assertThat(rewatch.isFinished()).isFalse();
        assertThat(rewatch.completedAt()).contains(t0);
    }

    @Test
    void twoInstancesReportingTheSameEpisodeAtOnceEndWithOneEntryAndTheLaterReport() throws Exception {
        AccountId viewer = library.viewer();
        Title series = library.series(1, 1);
        WatchedItem episode = WatchedItem.episode(series.id(), library.episode(series, 1, 1));

        Race.Result<WatchProgress, WatchProgress> race = Race.between(transactions,
                () -> progress.save(WatchProgress.begin(viewer, episode, episode(2_500), t0)),
                () -> progress.save(WatchProgress.begin(viewer, episode, episode(30), t0.plusSeconds(5))));

        assertThat(race.secondWaited()).isTrue();
        assertThat(race.second().position().seconds()).isEqualTo(30);
        assertThat(race.second().completedAt()).contains(t0);
        assertThat(rowsOf(viewer)).isEqualTo(1);
        WatchProgress stored = progress.find(viewer, episode).orElseThrow();
        assertThat(stored.position().seconds()).isEqualTo(30);
        assertThat(stored.isFinished()).isFalse();
        assertThat(stored.completedAt()).contains(t0);
    }

    @Test
    void aLateReportLosingTheRaceLeavesTheNewerPositionInPlace() throws Exception {
        AccountId viewer = library.viewer();
        WatchedItem film = WatchedItem.film(library.film());

        Race.Result<WatchProgress, WatchProgress> race = Race.between(transactions,
                () -> progress.save(WatchProgress.begin(viewer, film, film(3_000), t0.plusSeconds(30))),
                () -> progress.save(WatchProgress.begin(viewer, film, film(1_000), t0)));

        assertThat(race.secondWaited()).isTrue();
        assertThat(progress.find(viewer, film).orElseThrow().position().seconds()).isEqualTo(3_000);
    }

    @Test
    void theHistoryIsTheViewersOwnNewestFirstPageByPage() {
        AccountId viewer = library.viewer();
        AccountId other = library.viewer();
        List<TitleId> films = List.of(library.film(), library.film(), library.film(), library.film(), library.film());
        for (int i = 0; i < films.size(); i++) {
            progress.save(WatchProgress.begin(viewer, WatchedItem.film(films.get(i)), film(i), t0.plusSeconds(i)));
        }
        // Two entries at the same instant: the row id orders them, and no page loses one.
        TitleId sameTime = library.film();
        progress.save(WatchProgress.begin(viewer, WatchedItem.film(sameTime), film(9), t0.plusSeconds(2)));
        progress.save(WatchProgress.begin(other, WatchedItem.film(films.get(0)), film(1), t0.plusSeconds(99)));

        HistoryPage first = accepted(progress.history(viewer, Optional.empty(), 4));
        HistoryPage second = accepted(progress.history(viewer, first.nextAfter(), 4));

        assertThat(first.entries()).hasSize(4).extracting(p -> p.item().title())
                .startsWith(films.get(4), films.get(3));
        assertThat(first.nextAfter()).isPresent();
        assertThat(second.entries()).hasSize(2);
        assertThat(second.nextAfter()).isEmpty();
        assertThat(concat(first, second)).extracting(p -> p.item().title())
                .containsExactlyInAnyOrder(films.get(0), films.get(1), films.get(2), films.get(3), films.get(4),
                        sameTime)
                .endsWith(films.get(1), films.get(0));
        assertThat(concat(first, second)).allSatisfy(p -> assertThat(p.viewer()).isEqualTo(viewer));
        assertThat(progress.recent(viewer, 2)).extracting(p -> p.item().title())
                .containsExactly(films.get(4), films.get(3));
    }

    @Test
    void aCursorThisAdapterDidNotIssueIsRefused() {
        AccountId viewer = library.viewer();

        assertThat(progress.history(viewer, Optional.of("12:not-a-uuid"), 10))
                .isEqualTo(Outcome.rejected(Rejection.onField(LibraryRejection.INVALID_CURSOR, "cursor")));
        assertThat(progress.history(viewer, Optional.of("99999999999999999999:" + TitleId.newId()), 10))
                .isEqualTo(Outcome.rejected(Rejection.onField(LibraryRejection.INVALID_CURSOR, "cursor")));
    }

    @Test
    void forgettingASeriesRemovesItsEpisodesAndOnlyTheViewers() {
        AccountId viewer = library.viewer();
        AccountId other = library.viewer();
        Title series = library.series(1, 2);
        EpisodeId one = library.episode(series, 1, 1);
        EpisodeId two = library.episode(series, 1, 2);
        progress.save(WatchProgress.begin(viewer, WatchedItem.episode(series.id(), one), episode(10), t0));
        progress.save(WatchProgress.begin(viewer, WatchedItem.episode(series.id(), two), episode(10), t0));
        progress.save(WatchProgress.begin(other, WatchedItem.episode(series.id(), one), episode(10), t0));

        assertThat(progress.forget(viewer, series.id(), Optional.of(two))).isEqualTo(1);
        assertThat(progress.forget(viewer, series.id(), Optional.empty())).isEqualTo(1);
        assertThat(progress.forget(viewer, series.id(), Optional.empty())).isZero();
        assertThat(rowsOf(other)).isEqualTo(1);
    }

    @Test
    void removingAnEpisodeFromTheCatalogRemovesItsProgressButTheSeriesStaysReferenced() {
        AccountId viewer = library.viewer();
        Title series = library.series(1, 2);
        EpisodeId one = library.episode(series, 1, 1);
        progress.save(WatchProgress.begin(viewer, WatchedItem.episode(series.id(), one), episode(10), t0));
        progress.save(WatchProgress.begin(viewer, WatchedItem.episode(series.id(), library.episode(series, 1, 2)),
                episode(10), t0));
        Season season = library.season(series, 1);
        season.remove(one);

        assertThat(seasons.update(season).isAccepted()).isTrue();

        assertThat(rowsOf(viewer)).isEqualTo(1);
        assertThat(references.isReferenced(series.id())).isTrue();
    }

    @Test
    void anEpisodeAboutToBeWatchedHoldsOffItsSeasonsRemovalWhichThenTakesTheProgressWithIt() throws Exception {
        AccountId viewer = library.viewer();
        Title series = library.series(1, 1);
        EpisodeId one = library.episode(series, 1, 1);
        Season season = library.season(series, 1);

        Race.Result<WatchProgress, Outcome<SeasonId>> race = Race.between(transactions, () -> {
            assertThat(progress.byIdForReference(one)).isPresent();
            return progress.save(WatchProgress.begin(viewer, WatchedItem.episode(series.id(), one), episode(10), t0));
        }, () -> seasons.delete(season));

        assertThat(race.secondWaited()).as("the removal waits for the report under way").isTrue();
        assertThat(race.second().isAccepted()).isTrue();
        assertThat(rowsOf(viewer)).isZero();
    }

    @Test
    void aTitleSomeoneWatchedIsReferencedAndOneNobodyWatchedIsNot() {
        TitleId watched = library.film();
        TitleId unwatched = library.film();
        progress.save(WatchProgress.begin(library.viewer(), WatchedItem.film(watched), film(1), t0));

        assertThat(references.isReferenced(watched)).isTrue();
        assertThat(references.isReferenced(unwatched)).isFalse();
    }

    @Test
    void episodesAreReadWithTheirSeriesAndSeason() {
        Title series = library.series(2, 2);
        EpisodeId s2e1 = library.episode(series, 2, 1);

        assertThat(progress.byIds(List.of(s2e1, EpisodeId.newId()))).singleElement().satisfies(e -> {
            assertThat(e.seriesId()).isEqualTo(series.id());
            assertThat(e.seasonNumber()).isEqualTo(2);
            assertThat(e.episode().number()).isEqualTo(1);
            assertThat(e.runtimeSeconds()).isEqualTo(EPISODE_SECONDS);
        });
        assertThat(progress.byIds(List.of())).isEmpty();
    }

    @Test
    void theDatabaseRefusesAPositionPastTheRuntimeAndAFinishedFlagThatDisagrees() {
        AccountId viewer = library.viewer();
        TitleId film = library.film();

        assertThatThrownBy(() -> insert(viewer, film, 6_001, 6_000, true)).hasMessageContaining("position_check");
        assertThatThrownBy(() -> insert(viewer, film, 5_399, 6_000, true)).hasMessageContaining("finished_check");
        assertThatThrownBy(() -> insert(viewer, film, 5_400, 6_000, false)).hasMessageContaining("finished_check");
    }

    private static void insert(AccountId viewer, TitleId title, int position, int runtime, boolean finished)
            throws SQLException {
        try (Connection c = TestDatabase.openConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO watch_progress (id, account_id, title_id, position_seconds, runtime_seconds, finished,"
                        + " completed_at, updated_at) VALUES (gen_random_uuid(), ?, ?, ?, ?, ?, now(), now())")) {
            insert.setObject(1, viewer.value());
            insert.setObject(2, title.value());
            insert.setInt(3, position);
            insert.setInt(4, runtime);
            insert.setBoolean(5, finished);
            insert.executeUpdate();
        }
    }

    private static long rowsOf(AccountId viewer) {
        try (Connection c = TestDatabase.openConnection();
             PreparedStatement count = c.prepareStatement("SELECT count(*) FROM watch_progress WHERE account_id = ?")) {
            count.setObject(1, viewer.value());
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<WatchProgress> concat(HistoryPage a, HistoryPage b) {
        return java.util.stream.Stream.concat(a.entries().stream(), b.entries().stream()).toList();
    }

    private static ResumePosition film(int seconds) {
        return new ResumePosition(seconds, FILM_SECONDS);
    }

    private static ResumePosition episode(int seconds) {
        return new ResumePosition(seconds, EPISODE_SECONDS);
    }

    private static <T> T accepted(Outcome<T> outcome) {
        return outcome.orElseThrow(r -> new IllegalStateException("rejected: " + r));
    }
}
