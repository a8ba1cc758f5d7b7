package app.marquee.domain.library.progress;

import app.marquee.domain.catalog.season.Episode;
import app.marquee.domain.catalog.season.EpisodeId;
import app.marquee.domain.catalog.season.Season;
import app.marquee.domain.catalog.season.SeasonId;
import app.marquee.domain.catalog.title.TitleId;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RunningOrderTest {
    private final TitleId series = TitleId.newId();

    @Test
    void episodesRunBySeasonThenNumberWithTheSpecialsLastAndGapsIgnored() {
        RunningOrder order = RunningOrder.of(series, List.of(
                season(3, 2, 7), season(0, 1), season(1, 1, 2)));

        assertThat(order.episodes()).extracting(e -> e.seasonNumber() + "x" + e.episode().number())
                .containsExactly("1x1", "1x2", "3x2", "3x7", "0x1");
    }

    @Test
    void whatFollowsAnEpisodeStaysInItsSequence() {
        Season first = season(1, 1, 2);
        Season specials = season(0, 1, 2);
        RunningOrder order = RunningOrder.of(series, List.of(first, specials));

        assertThat(order.after(first.episode(1).orElseThrow().id()))
                .extracting(e -> e.episode().name()).containsExactly("1x2");
        assertThat(order.after(first.episode(2).orElseThrow().id())).isEmpty();
        assertThat(order.after(specials.episode(1).orElseThrow().id()))
                .extracting(e -> e.episode().name()).containsExactly("0x2");
        assertThat(order.after(EpisodeId.newId())).isEmpty();
    }

    @Test
    void anEpisodeKnowsItsRuntimeInSeconds() {
        RunningOrder order = RunningOrder.of(series, List.of(season(1, 1)));

        assertThat(order.episodes().get(0).runtimeSeconds()).isEqualTo(42 * 60);
    }

    private Season season(int number, int... episodes) {
        List<Episode> list = java.util.Arrays.stream(episodes)
                .mapToObj(n -> new Episode(EpisodeId.newId(), n, number + "x" + n, "", 42)).toList();
        return Season.rehydrate(SeasonId.newId(), series, number, Optional.empty(), list, 0);
    }
}
