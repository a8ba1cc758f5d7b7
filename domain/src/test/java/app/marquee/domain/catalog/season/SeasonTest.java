package app.marquee.domain.catalog.season;

import app.marquee.domain.catalog.CatalogRejection;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SeasonTest {
    private static final TitleId SERIES = TitleId.newId();
    private static final Outcome<Episode> NUMBER_TAKEN =
            Outcome.rejected(Rejection.onField(CatalogRejection.EPISODE_NUMBER_TAKEN, "number"));

    @Test
    void aNewSeasonHasNoEpisodes() {
        Season season = Season.open(SERIES, 1, Optional.of("  Saison 1 "));

        assertThat(season.seriesId()).isEqualTo(SERIES);
        assertThat(season.number()).isEqualTo(1);
        assertThat(season.name()).contains("Saison 1");
        assertThat(season.episodes()).isEmpty();
        assertThat(season.version()).isZero();
    }

    @Test
    void seasonsAreNumberedFromZeroForTheSpecialsTo999() {
        assertThat(Season.open(SERIES, 0, Optional.of("Specials")).number()).isZero();
        assertThat(Season.open(SERIES, 999, Optional.empty()).number()).isEqualTo(999);
        assertThatThrownBy(() -> Season.open(SERIES, -1, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Season.open(SERIES, 1_000, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSeasonNameIsOptionalAndAtMost200Characters() {
        Season season = Season.open(SERIES, 1, Optional.of("   "));
        assertThat(season.name()).isEmpty();

        season.rename(Optional.of("Le commencement"));
        assertThat(season.name()).contains("Le commencement");

        assertThatThrownBy(() -> season.rename(Optional.of("x".repeat(201))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(season.name()).contains("Le commencement");

        season.rename(Optional.empty());
        assertThat(season.name()).isEmpty();
    }

    @Test
    void episodesAreKeptInNumberOrder() {
        Season season = Season.open(SERIES, 1, Optional.empty());

        season.add(episode(3));
        season.add(episode(1));
        Outcome<Episode> added = season.add(episode(2));

        assertThat(added.isAccepted()).isTrue();
        assertThat(season.episodes()).extracting(Episode::number).containsExactly(1, 2, 3);
        assertThat(season.episode(2)).isPresent();
        assertThat(season.episode(4)).isEmpty();
    }

    @Test
    void anEpisodeNumberIsUsedOncePerSeason() {
        Season season = Season.open(SERIES, 1, Optional.empty());
        Episode pilot = episode(1);
        season.add(pilot);

        assertThat(season.add(episode(1))).isEqualTo(NUMBER_TAKEN);
        assertThat(season.episodes()).containsExactly(pilot);
    }

    @Test
    void replacingAnEpisodeMayRenumberItToAFreeNumber() {
        Episode one = episode(1);
        Episode three = episode(3);
        Season season = seasonWith(one, three);
        Episode renumbered = new Episode(three.id(), 2, "Two now", "", 30);

        assertThat(season.replace(renumbered)).isEqualTo(Outcome.accepted(renumbered));

        assertThat(season.episodes()).containsExactly(one, renumbered);
    }

    @Test
    void replacingAnEpisodeMayKeepItsNumber() {
        Episode one = episode(1);
        Season season = seasonWith(one);
        Episode rewritten = new Episode(one.id(), 1, "Pilot, rewritten", "New synopsis", 61);

        assertThat(season.replace(rewritten).isAccepted()).isTrue();
        assertThat(season.episodes()).containsExactly(rewritten);
    }

    @Test
    void anEpisodeCannotTakeAnotherOnesNumber() {
        Episode one = episode(1);
        Episode two = episode(2);
        Season season = seasonWith(one, two);

        assertThat(season.replace(new Episode(two.id(), 1, "Clash", "", 30))).isEqualTo(NUMBER_TAKEN);
        assertThat(season.episodes()).containsExactly(one, two);
    }

    @Test
    void onlyAnEpisodeOfTheSeasonCanBeReplacedOrRemoved() {
        Episode one = episode(1);
        Season season = seasonWith(one);

        assertThat(season.replace(episode(5))).isEqualTo(Outcome.rejected(CatalogRejection.EPISODE_NOT_FOUND));
        assertThat(season.remove(EpisodeId.newId())).isEqualTo(Outcome.rejected(CatalogRejection.EPISODE_NOT_FOUND));
        assertThat(season.episodes()).containsExactly(one);
    }

    @Test
    void removingAnEpisodeFreesItsNumber() {
        Episode one = episode(1);
        Episode two = episode(2);
        Season season = seasonWith(one, two);

        assertThat(season.remove(one.id())).isEqualTo(Outcome.accepted(one));
        assertThat(season.episodes()).containsExactly(two);
        assertThat(season.add(episode(1)).isAccepted()).isTrue();
    }

    @Test
    void theEpisodeListHandedOutIsACopy() {
        Season season = seasonWith(episode(1));

        assertThatThrownBy(() -> season.episodes().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(season.episodes()).hasSize(1);
    }

    @Test
    void rehydratingSortsTheEpisodesAndRefusesDuplicateNumbers() {
        Episode one = episode(1);
        Episode two = episode(2);
        SeasonId id = SeasonId.newId();

        Season stored = Season.rehydrate(id, SERIES, 2, Optional.empty(), List.of(two, one), 5);

        assertThat(stored.id()).isEqualTo(id);
        assertThat(stored.version()).isEqualTo(5);
        assertThat(stored.episodes()).containsExactly(one, two);
        assertThatThrownBy(() -> Season.rehydrate(id, SERIES, 2, Optional.empty(), List.of(one, episode(1)), 5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Season seasonWith(Episode... episodes) {
        return Season.rehydrate(SeasonId.newId(), SERIES, 1, Optional.empty(), List.of(episodes), 0);
    }

    private static Episode episode(int number) {
        return new Episode(EpisodeId.newId(), number, "Episode " + number, "", 45);
    }
}
