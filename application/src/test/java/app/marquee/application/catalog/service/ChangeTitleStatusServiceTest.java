package app.marquee.application.catalog.service;

import app.marquee.application.catalog.fakes.CatalogFixture;
import app.marquee.application.catalog.port.in.ChangeTitleStatusUseCase.Command;
import app.marquee.domain.catalog.CatalogRejection;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.catalog.title.TitleStatus;
import app.marquee.domain.shared.Outcome;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ChangeTitleStatusServiceTest {
    private final CatalogFixture catalog = new CatalogFixture();
    private final ChangeTitleStatusService change = new ChangeTitleStatusService(catalog.titles, catalog.titles,
            catalog.clock);
    private final Title draft = catalog.movie("Amélie");

    @Test
    void publishesADraftForEveryoneToSee() {
        Outcome<Title> outcome = change.change(new Command(draft.id(), TitleStatus.PUBLISHED, Optional.empty()));

        Title stored = catalog.titles.stored(draft.id());
        assertThat(stored.status()).isEqualTo(TitleStatus.PUBLISHED);
        assertThat(stored.isVisibleTo(false)).isTrue();
        assertThat(stored.updatedAt()).isEqualTo(CatalogFixture.NOW);
        assertThat(stored.version()).isEqualTo(draft.version() + 1);
        assertThat(outcome.isAccepted()).isTrue();
    }

    @Test
    void unpublishesBackToDraft() {
        Title published = catalog.movie("Delicatessen", TitleStatus.PUBLISHED);

        change.change(new Command(published.id(), TitleStatus.DRAFT, Optional.of(published.version())));

        assertThat(catalog.titles.stored(published.id()).status()).isEqualTo(TitleStatus.DRAFT);
    }

    @Test
    void anArchivedTitleCannotBePublishedButCanBeDraftedAgain() {
        Title archived = catalog.movie("Alien Resurrection", TitleStatus.ARCHIVED);

        assertThat(change.change(new Command(archived.id(), TitleStatus.PUBLISHED, Optional.empty())))
                .isEqualTo(Outcome.rejected(CatalogRejection.TITLE_ARCHIVED));
        assertThat(catalog.titles.writes()).isZero();

        change.change(new Command(archived.id(), TitleStatus.DRAFT, Optional.empty()));
        assertThat(catalog.titles.stored(archived.id()).status()).isEqualTo(TitleStatus.DRAFT);
    }

    @Test
    void anUnknownTitleIsNotFound() {
        assertThat(change.change(new Command(TitleId.newId(), TitleStatus.PUBLISHED, Optional.empty())))
                .isEqualTo(Outcome.rejected(CatalogRejection.TITLE_NOT_FOUND));
    }

    @Test
    void refusesAClientThatSawAnOlderVersion() {
        assertThat(change.change(new Command(draft.id(), TitleStatus.PUBLISHED, Optional.of(draft.version() - 1))))
                .isEqualTo(Outcome.rejected(CatalogRejection.VERSION_MISMATCH));
        assertThat(catalog.titles.stored(draft.id()).status()).isEqualTo(TitleStatus.DRAFT);
    }

    @Test
    void losingARaceWithTheVersionTheClientSawIsAVersionMismatch() {
        catalog.titles.beforeNextUpdate(() -> change.change(new Command(draft.id(), TitleStatus.ARCHIVED,
                Optional.empty())));

        assertThat(change.change(new Command(draft.id(), TitleStatus.PUBLISHED, Optional.of(draft.version()))))
                .isEqualTo(Outcome.rejected(CatalogRejection.VERSION_MISMATCH));
        assertThat(catalog.titles.stored(draft.id()).status()).isEqualTo(TitleStatus.ARCHIVED);
    }

    @Test
    void losingARaceWithoutAVersionIsAConcurrentUpdate() {
        catalog.titles.beforeNextUpdate(() -> change.change(new Command(draft.id(), TitleStatus.ARCHIVED,
                Optional.empty())));

        assertThat(change.change(new Command(draft.id(), TitleStatus.PUBLISHED, Optional.empty())))
                .isEqualTo(Outcome.rejected(CatalogRejection.CONCURRENT_UPDATE));
        assertThat(catalog.titles.stored(draft.id()).status()).isEqualTo(TitleStatus.ARCHIVED);
    }
}
