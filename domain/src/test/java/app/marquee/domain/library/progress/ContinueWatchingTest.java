package app.marquee.domain.library.progress;

import app.marquee.domain.catalog.season.Episode;
import app.marquee.domain.catalog.season.EpisodeId;
import app.marquee.domain.catalog.season.Season;
import app.marquee.domain.catalog.season.SeasonId;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ContinueWatchingTest {
    private static final Instant T0 = Instant.parse("2026-05-01T20:00:00Z");
    private static final int FILM = 6_000;
    private static final int EPISODE = 45 * 60;

    private final AccountId viewer = AccountId.newId();
    private final TitleId series = TitleId.newId();
    /** Season 1 of two episodes, season 2 of two, specials of two. */
    private final Season one = season(1, 2);
    private final Season two = season(2, 2);
    private final Season specials = season(0, 2);
    private final List<WatchProgress> history = new ArrayList<>();
    private final List<TitleId> askedForTheirOrder = new ArrayList<>();
    private int minutes;

    @Test
    void filmsLeftHalfWayComeBackNewestFirstAndFinishedOnesDoNot() {
        TitleId older = TitleId.newId();
        TitleId finished = TitleId.newId();
        TitleId newer = TitleId.newId();
        film(older, 1_000);
        film(finished, 5_400);
        film(newer, 5_399);

        assertThat(pick()).containsExactly(
                new Resume(WatchedItem.film(newer), new ResumePosition(5_399, FILM), false, time(3)),
                new Resume(WatchedItem.film(older), new ResumePosition(1_000, FILM), false, time(1)));
    }

    @Test
    void aSeriesComesBackOnceWithTheEpisodeWatchedLast() {
        watch(one, 1, EPISODE);
        watch(one, 2, 600);
        watch(two, 1, 300);

        assertThat(pick()).containsExactly(
                new Resume(item(two, 1), new ResumePosition(300, EPISODE), false, time(3)));
    }

    @Test
    void afterAFinishedEpisodeComesTheNextOneFromTheStart() {
        watch(one, 1, EPISODE);

        assertThat(pick()).containsExactly(new Resume(item(one, 2), ResumePosition.start(EPISODE), true, time(1)));
    }

    @Test
    void afterTheLastEpisodeOfASeasonComesTheFirstOfTheNext() {
        watch(one, 1, EPISODE);
        watch(one, 2, EPISODE - 10);

        assertThat(pick()).containsExactly(new Resume(item(two, 1), ResumePosition.start(EPISODE), true, time(2)));
    }

    @Test
    void aSeriesFinishedToItsLastEpisodeDropsOut() {
        watch(two, 2, EPISODE);

        assertThat(pick()).isEmpty();
    }

    @Test
    void episodesAlreadyFinishedAreSkippedAndOneStartedResumesWhereItWas() {
        watch(one, 2, EPISODE);
        watch(two, 2, 700);
        watch(two, 1, EPISODE);
        watch(one, 1, EPISODE);

        assertThat(pick()).containsExactly(
                new Resume(item(two, 2), new ResumePosition(700, EPISODE), true, time(4)));
    }

    @Test
    void theLastEpisodeOfTheSeasonNeverLeadsIntoTheSpecialsNorASpecialIntoASeason() {
        watch(two, 2, EPISODE);
        watch(specials, 2, EPISODE);

        assertThat(pick()).isEmpty();
    }

    @Test
    void afterASpecialComesTheNextSpecial() {
        watch(specials, 1, EPISODE);

        assertThat(pick()).containsExactly(
                new Resume(item(specials, 2), ResumePosition.start(EPISODE), true, time(1)));
    }

    @Test
    void titlesNoLongerOnTheCatalogDropOut() {
        TitleId archived = TitleId.newId();
        film(archived, 100);
        watch(one, 1, 100);

        List<Resume> lines = ContinueWatching.pick(history, id -> !id.equals(archived), this::order, 20);

        assertThat(lines).extracting(line -> line.item().title()).containsExactly(series);
    }

    @Test
    void theListStopsAtTheLimitAndAsksOnlyForTheOrdersItNeeds() {
        watch(one, 1, EPISODE);
        IntStream.range(0, 5).forEach(i -> film(TitleId.newId(), 10));

        List<Resume> lines = ContinueWatching.pick(history, id -> true, this::order, 3);

        assertThat(lines).hasSize(3).extracting(line -> line.item().episode()).containsOnly(Optional.empty());
        assertThat(askedForTheirOrder).isEmpty();
    }

    @Test
    void theHistoryMayComeInAnyOrder() {
        TitleId film = TitleId.newId();
        film(film, 10);
        watch(one, 1, 10);
        List<WatchProgress> shuffled = new ArrayList<>(history);
        java.util.Collections.reverse(shuffled);

        assertThat(ContinueWatching.pick(shuffled, id -> true, this::order, 20))
                .extracting(line -> line.item().title()).containsExactly(series, film);
    }

    @Test
    void aSeriesWhoseEpisodesAreGoneDropsOutOnceItsLastWasFinished() {
        watch(one, 1, EPISODE);

        assertThat(ContinueWatching.pick(history, id -> true, id -> Optional.empty(), 20)).isEmpty();
    }

    private List<Resume> pick() {
        return ContinueWatching.pick(history, id -> true, this::order, ContinueWatching.DEFAULT_LIMIT);
    }

    private Optional<RunningOrder> order(TitleId id) {
        askedForTheirOrder.add(id);
        return Optional.of(id).filter(series::equals).map(s -> RunningOrder.of(s, List.of(two, specials, one)));
    }

    private void film(TitleId title, int seconds) {
        history.add(WatchProgress.begin(viewer, WatchedItem.film(title), new ResumePosition(seconds, FILM),
                time(++minutes)));
    }

    private void watch(Season season, int episode, int seconds) {
        history.add(WatchProgress.begin(viewer, item(season, episode), new ResumePosition(seconds, EPISODE),
                time(++minutes)));
    }

    private WatchedItem item(Season season, int number) {
        return WatchedItem.episode(series, season.episode(number).orElseThrow().id());
    }

    private static Instant time(int minute) {
        return T0.plusSeconds(60L * minute);
    }

    private Season season(int number, int episodes) {
        List<Episode> list = IntStream.rangeClosed(1, episodes)
                .mapToObj(n -> new Episode(EpisodeId.newId(), n, "S" + number + "E" + n, "", 45)).toList();
        return Season.rehydrate(SeasonId.newId(), series, number, Optional.empty(), list, 0);
    }
}
