package app.marquee.application.catalog.service;

import app.marquee.application.catalog.fakes.CatalogFixture;
import app.marquee.application.catalog.port.in.AddEpisodeUseCase;
import app.marquee.application.catalog.port.in.EpisodeDraft;
import app.marquee.application.catalog.port.in.RemoveEpisodeUseCase;
import app.marquee.application.catalog.port.in.ReviseEpisodeUseCase;
import app.marquee.domain.catalog.CatalogRejection;
import app.marquee.domain.catalog.season.Episode;
import app.marquee.domain.catalog.season.EpisodeId;
import app.marquee.domain.catalog.season.Season;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static app.marquee.application.catalog.fakes.CatalogFixture.episode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EpisodeServicesTest {
    private static final Rejection NUMBER_TAKEN = Rejection.onField(CatalogRejection.EPISODE_NUMBER_TAKEN, "number");

    private final CatalogFixture catalog = new CatalogFixture();
    private final AddEpisodeService add = new AddEpisodeService(catalog.titles, catalog.seasons);
    private final ReviseEpisodeService revise = new ReviseEpisodeService(catalog.titles, catalog.seasons);
    private final RemoveEpisodeService remove = new RemoveEpisodeService(catalog.titles, catalog.seasons);
    private final Title series = catalog.series("Engrenages");
    private final Episode pilot = episode(1, "Pilot");
    private final Episode third = episode(3, "Three");
    private final Season first = catalog.season(series, 1, pilot, third);

    @Test
    void addsAnEpisodeInNumberOrder() {
        Outcome<Season> outcome = add.add(new AddEpisodeUseCase.Command(series.id(), 1,
                new EpisodeDraft(2, " Two ", "The middle one.", 52)));

        Episode added = ((Outcome.Accepted<Season>) outcome).value().episode(2).orElseThrow();
        assertThat(added.name()).isEqualTo("Two");
        assertThat(added.id()).isNotIn(pilot.id(), third.id());
        Season stored = catalog.seasons.stored(series.id(), 1);
        assertThat(stored.episodes()).extracting(Episode::number).containsExactly(1, 2, 3);
        assertThat(stored.episode(2)).contains(added);
        assertThat(stored.version()).isEqualTo(first.version() + 1);
    }

    @Test
    void anEpisodeNumberAlreadyUsedInTheSeasonIsRefused() {
        assertThat(add.add(new AddEpisodeUseCase.Command(series.id(), 1, new EpisodeDraft(3, "Again", "", 40))))
                .isEqualTo(Outcome.rejected(NUMBER_TAKEN));
        assertThat(catalog.seasons.stored(series.id(), 1).version()).isEqualTo(first.version());
    }

    @Test
    void anEpisodeNeedsAnExistingSeasonOfAnExistingSeries() {
        EpisodeDraft draft = new EpisodeDraft(1, "One", "", 40);
        Title film = catalog.movie("Amélie");

        assertThat(add.add(new AddEpisodeUseCase.Command(series.id(), 2, draft)))
                .isEqualTo(Outcome.rejected(CatalogRejection.SEASON_NOT_FOUND));
        assertThat(add.add(new AddEpisodeUseCase.Command(film.id(), 1, draft)))
                .isEqualTo(Outcome.rejected(CatalogRejection.NOT_A_SERIES));
        assertThat(add.add(new AddEpisodeUseCase.Command(TitleId.newId(), 1, draft)))
                .isEqualTo(Outcome.rejected(CatalogRejection.TITLE_NOT_FOUND));
    }

    @Test
    void invalidEpisodeFieldsAreForTheEdgeToCatchFirst() {
        assertThatThrownBy(() -> add.add(new AddEpisodeUseCase.Command(series.id(), 1,
                new EpisodeDraft(2, "Two", "", 0)))).isInstanceOf(IllegalArgumentException.class);
        assertThat(catalog.seasons.stored(series.id(), 1).episodes()).hasSize(2);
    }

    @Test
    void revisesAnEpisodeAndMayRenumberIt() {
        Outcome<Season> outcome = revise.revise(new ReviseEpisodeUseCase.Command(series.id(), 1, third.id(),
                new EpisodeDraft(2, "Two after all", "Renumbered.", 50)));

        Season stored = catalog.seasons.stored(series.id(), 1);
        assertThat(((Outcome.Accepted<Season>) outcome).value().version()).isEqualTo(stored.version())
                .isEqualTo(first.version() + 1);
        assertThat(stored.episodes()).extracting(Episode::number).containsExactly(1, 2);
        assertThat(stored.episode(2)).contains(new Episode(third.id(), 2, "Two after all", "Renumbered.", 50));
    }

    @Test
    void anEpisodeCannotTakeAnotherEpisodesNumber() {
        assertThat(revise.revise(new ReviseEpisodeUseCase.Command(series.id(), 1, third.id(),
                new EpisodeDraft(1, "Clash", "", 50)))).isEqualTo(Outcome.rejected(NUMBER_TAKEN));
        assertThat(catalog.seasons.stored(series.id(), 1).episodes()).containsExactly(pilot, third);
    }

    @Test
    void revisingAnEpisodeTheSeasonDoesNotHaveIsNotFound() {
        assertThat(revise.revise(new ReviseEpisodeUseCase.Command(series.id(), 1, EpisodeId.newId(),
                new EpisodeDraft(5, "Five", "", 50)))).isEqualTo(Outcome.rejected(CatalogRejection.EPISODE_NOT_FOUND));
        assertThat(revise.revise(new ReviseEpisodeUseCase.Command(series.id(), 9, pilot.id(),
                new EpisodeDraft(1, "Pilot", "", 50)))).isEqualTo(Outcome.rejected(CatalogRejection.SEASON_NOT_FOUND));
    }

    @Test
    void removesAnEpisode() {
        assertThat(remove.remove(new RemoveEpisodeUseCase.Command(series.id(), 1, pilot.id())))
                .isEqualTo(Outcome.accepted(pilot.id()));
        assertThat(catalog.seasons.stored(series.id(), 1).episodes()).containsExactly(third);
    }

    @Test
    void removingAnEpisodeTheSeasonDoesNotHaveIsNotFound() {
        assertThat(remove.remove(new RemoveEpisodeUseCase.Command(series.id(), 1, EpisodeId.newId())))
                .isEqualTo(Outcome.rejected(CatalogRejection.EPISODE_NOT_FOUND));
        assertThat(catalog.seasons.stored(series.id(), 1).version()).isEqualTo(first.version());
    }

    @Test
    void twoAdminsEditingOneSeasonAtOnceCannotLoseAnEpisode() {
        catalog.seasons.beforeNextUpdate(() -> add.add(new AddEpisodeUseCase.Command(series.id(), 1,
                new EpisodeDraft(2, "Theirs", "", 45))));

        Outcome<Season> mine = add.add(new AddEpisodeUseCase.Command(series.id(), 1,
                new EpisodeDraft(4, "Mine", "", 45)));

        assertThat(mine).isEqualTo(Outcome.rejected(CatalogRejection.CONCURRENT_UPDATE));
        assertThat(catalog.seasons.stored(series.id(), 1).episodes()).extracting(Episode::name)
                .containsExactly("Pilot", "Theirs", "Three");
    }

    @Test
    void anEditorWhoNamedTheSeasonVersionIsToldItMovedOnWhetherSeenOnLoadingOrOnSaving() {
        assertThat(remove.remove(new RemoveEpisodeUseCase.Command(series.id(), 1, pilot.id(),
                Optional.of(first.version() + 1)))).isEqualTo(Outcome.rejected(CatalogRejection.VERSION_MISMATCH));
        catalog.seasons.beforeNextUpdate(() -> add.add(new AddEpisodeUseCase.Command(series.id(), 1,
                new EpisodeDraft(2, "Theirs", "", 45))));

        assertThat(revise.revise(new ReviseEpisodeUseCase.Command(series.id(), 1, third.id(),
                new EpisodeDraft(3, "Mine", "", 50), Optional.of(first.version()))))
                .isEqualTo(Outcome.rejected(CatalogRejection.VERSION_MISMATCH));
        assertThat(catalog.seasons.stored(series.id(), 1).episodes()).extracting(Episode::name)
                .containsExactly("Pilot", "Theirs", "Three");
    }
}
