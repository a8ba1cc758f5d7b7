package app.marquee.application.catalog.service;

import app.marquee.application.catalog.fakes.CatalogFixture;
import app.marquee.application.catalog.port.in.RemoveTitleUseCase.Removal;
import app.marquee.domain.catalog.CatalogRejection;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.catalog.title.TitleStatus;
import app.marquee.domain.shared.Outcome;
import org.junit.jupiter.api.Test;

import static app.marquee.application.catalog.fakes.CatalogFixture.episode;
import static org.assertj.core.api.Assertions.assertThat;

class RemoveTitleServiceTest {
    private final CatalogFixture catalog = new CatalogFixture();
    private final RemoveTitleService remove = new RemoveTitleService(catalog.titles, catalog.titles,
            catalog.references, catalog.clock);

    @Test
    void deletesATitleNothingRefersTo() {
        Title series = catalog.series("Engrenages");
        catalog.season(series, 1, episode(1, "Pilot"));

        assertThat(remove.remove(series.id())).isEqualTo(Outcome.accepted(Removal.DELETED));
        assertThat(catalog.titles.contains(series.id())).isFalse();
        assertThat(catalog.seasons.ofSeries(series.id())).isEmpty();
    }

    @Test
    void archivesATitleSomethingStillRefersTo() {
        Title series = catalog.series("Engrenages");
        catalog.season(series, 1, episode(1, "Pilot"));
        catalog.references.referTo(series.id());

        assertThat(remove.remove(series.id())).isEqualTo(Outcome.accepted(Removal.ARCHIVED));

        Title stored = catalog.titles.stored(series.id());
        assertThat(stored.status()).isEqualTo(TitleStatus.ARCHIVED);
        assertThat(stored.isVisibleTo(false)).isFalse();
        assertThat(stored.version()).isEqualTo(series.version() + 1);
        assertThat(stored.updatedAt()).isEqualTo(CatalogFixture.NOW);
        assertThat(catalog.seasons.ofSeries(series.id())).hasSize(1);
    }

    @Test
    void aPublishedTitleStillReferredToLeavesBrowsing() {
        Title published = catalog.movie("Amélie", TitleStatus.PUBLISHED);
        catalog.references.referTo(published.id());

        remove.remove(published.id());

        assertThat(catalog.titles.stored(published.id()).isVisibleTo(false)).isFalse();
        assertThat(catalog.titles.stored(published.id()).isVisibleTo(true)).isTrue();
    }

    @Test
    void anUnknownTitleIsNotFound() {
        assertThat(remove.remove(TitleId.newId())).isEqualTo(Outcome.rejected(CatalogRejection.TITLE_NOT_FOUND));
        assertThat(catalog.titles.writes()).isZero();
    }
}
