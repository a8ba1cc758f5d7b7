package app.marquee.application.catalog.service;

import app.marquee.application.catalog.fakes.CatalogFixture;
import app.marquee.application.catalog.port.in.AddSeasonUseCase;
import app.marquee.application.catalog.port.in.RemoveSeasonUseCase;
import app.marquee.application.catalog.port.in.RenameSeasonUseCase;
import app.marquee.domain.catalog.CatalogRejection;
import app.marquee.domain.catalog.season.Season;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static app.marquee.application.catalog.fakes.CatalogFixture.episode;
import static org.assertj.core.api.Assertions.assertThat;

class SeasonServicesTest {
    private final CatalogFixture catalog = new CatalogFixture();
    private final AddSeasonService add = new AddSeasonService(catalog.titles, catalog.seasons);
    private final RenameSeasonService rename = new RenameSeasonService(catalog.titles, catalog.seasons);
    private final RemoveSeasonService remove = new RemoveSeasonService(catalog.titles, catalog.seasons);
    private final Title series = catalog.series("Engrenages");
    private final Title film = catalog.movie("Amélie");

    @Test
    void opensASeasonOfASeries() {
        Outcome<Season> outcome = add.add(new AddSeasonUseCase.Command(series.id(), 1, Optional.of("Saison 1")));

        assertThat(outcome.isAccepted()).isTrue();
        Season stored = catalog.seasons.stored(series.id(), 1);
        assertThat(stored.name()).contains("Saison 1");
        assertThat(stored.episodes()).isEmpty();
    }

    @Test
    void seasonZeroHoldsTheSpecials() {
        assertThat(add.add(new AddSeasonUseCase.Command(series.id(), 0, Optional.of("Specials"))).isAccepted())
                .isTrue();
    }

    @Test
    void aFilmHasNoSeasons() {
        assertThat(add.add(new AddSeasonUseCase.Command(film.id(), 1, Optional.empty())))
                .isEqualTo(Outcome.rejected(CatalogRejection.NOT_A_SERIES));
        assertThat(catalog.seasons.count()).isZero();
    }

    @Test
    void anUnknownSeriesIsNotFound() {
        assertThat(add.add(new AddSeasonUseCase.Command(TitleId.newId(), 1, Optional.empty())))
                .isEqualTo(Outcome.rejected(CatalogRejection.TITLE_NOT_FOUND));
    }

    @Test
    void aSeasonNumberAlreadyUsedInTheSeriesIsRefusedByTheStore() {
        catalog.season(series, 1);

        assertThat(add.add(new AddSeasonUseCase.Command(series.id(), 1, Optional.empty())))
                .isEqualTo(Outcome.rejected(Rejection.onField(CatalogRejection.SEASON_NUMBER_TAKEN, "number")));
        assertThat(catalog.seasons.count()).isEqualTo(1);
    }

    @Test
    void anotherSeriesMayUseTheSameNumber() {
        catalog.season(catalog.series("Spiral"), 1);

        assertThat(add.add(new AddSeasonUseCase.Command(series.id(), 1, Optional.empty())).isAccepted()).isTrue();
    }

    @Test
    void namesAndUnnamesASeason() {
        Season first = catalog.season(series, 1, episode(1, "Pilot"));

        rename.rename(new RenameSeasonUseCase.Command(series.id(), 1, Optional.of("Le commencement")));
        assertThat(catalog.seasons.stored(series.id(), 1).name()).contains("Le commencement");
        assertThat(catalog.seasons.stored(series.id(), 1).version()).isEqualTo(first.version() + 1);

        rename.rename(new RenameSeasonUseCase.Command(series.id(), 1, Optional.empty()));
        assertThat(catalog.seasons.stored(series.id(), 1).name()).isEmpty();
        assertThat(catalog.seasons.stored(series.id(), 1).episodes()).hasSize(1);
    }

    @Test
    void renamingNeedsTheSeasonOfASeries() {
        assertThat(rename.rename(new RenameSeasonUseCase.Command(series.id(), 4, Optional.of("Four"))))
                .isEqualTo(Outcome.rejected(CatalogRejection.SEASON_NOT_FOUND));
        assertThat(rename.rename(new RenameSeasonUseCase.Command(film.id(), 1, Optional.of("One"))))
                .isEqualTo(Outcome.rejected(CatalogRejection.NOT_A_SERIES));
        assertThat(rename.rename(new RenameSeasonUseCase.Command(TitleId.newId(), 1, Optional.of("One"))))
                .isEqualTo(Outcome.rejected(CatalogRejection.TITLE_NOT_FOUND));
    }

    @Test
    void removesASeasonAndLeavesTheOthers() {
        Season first = catalog.season(series, 1, episode(1, "Pilot"));
        catalog.season(series, 2);

        assertThat(remove.remove(new RemoveSeasonUseCase.Command(series.id(), 1)))
                .isEqualTo(Outcome.accepted(first.id()));
        assertThat(catalog.seasons.ofSeries(series.id())).extracting(Season::number).containsExactly(2);
    }

    @Test
    void removingAMissingSeasonIsNotFound() {
        assertThat(remove.remove(new RemoveSeasonUseCase.Command(series.id(), 3)))
                .isEqualTo(Outcome.rejected(CatalogRejection.SEASON_NOT_FOUND));
        assertThat(remove.remove(new RemoveSeasonUseCase.Command(film.id(), 1)))
                .isEqualTo(Outcome.rejected(CatalogRejection.NOT_A_SERIES));
    }

    @Test
    void removingASeasonSomeoneChangedMeanwhileIsRefusedAndKeepsTheirEpisode() {
        Season before = catalog.season(series, 1, episode(1, "Pilot"));
        catalog.seasons.beforeNextUpdate(() -> catalog.seasons.update(catalog.seasons.stored(series.id(), 1)));

        assertThat(remove.remove(new RemoveSeasonUseCase.Command(series.id(), 1, Optional.of(before.version()))))
                .isEqualTo(Outcome.rejected(CatalogRejection.VERSION_MISMATCH));
        assertThat(catalog.seasons.stored(series.id(), 1).version()).isEqualTo(before.version() + 1);
    }
}
