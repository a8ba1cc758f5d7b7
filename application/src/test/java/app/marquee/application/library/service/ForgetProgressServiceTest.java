package app.marquee.application.library.service;

import app.marquee.application.library.fakes.LibraryFixture;
import app.marquee.application.library.port.in.ForgetProgressUseCase;
import app.marquee.application.library.port.in.RecordProgressUseCase;
import app.marquee.domain.catalog.season.EpisodeId;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.LibraryRejection;
import app.marquee.domain.library.progress.WatchedItem;
import app.marquee.domain.shared.Outcome;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ForgetProgressServiceTest {
    private final LibraryFixture library = new LibraryFixture();
    private final RecordProgressService record = new RecordProgressService(library.titles, library.episodes,
            library.progress, library.clock);
    private final ForgetProgressService service = new ForgetProgressService(library.progress);
    private final AccountId ann = AccountId.newId();
    private final Title series = library.series("Engrenages", 1, 3);

    @Test
    void forgettingASeriesForgetsEveryEpisodeOfIt() {
        watch(1);
        watch(2);

        assertThat(service.forget(new ForgetProgressUseCase.Command(ann, series.id(), Optional.empty())))
                .isEqualTo(Outcome.accepted(series.id()));
        assertThat(library.progress.count()).isZero();
    }

    @Test
    void oneEpisodeCanBeForgottenAlone() {
        watch(1);
        EpisodeId second = watch(2);

        service.forget(new ForgetProgressUseCase.Command(ann, series.id(), Optional.of(second)));

        assertThat(library.progress.find(ann, WatchedItem.episode(series.id(), second))).isEmpty();
        assertThat(library.progress.count()).isEqualTo(1);
    }

    @Test
    void whatTheCallersHistoryDoesNotHoldIsNotFoundEvenIfAnotherViewerHasIt() {
        watch(1);

        assertThat(service.forget(new ForgetProgressUseCase.Command(AccountId.newId(), series.id(), Optional.empty())))
                .isEqualTo(Outcome.rejected(LibraryRejection.PROGRESS_NOT_FOUND));
        assertThat(library.progress.count()).isEqualTo(1);
    }

    private EpisodeId watch(int number) {
        EpisodeId episode = library.episode(series, 1, number);
        record.record(new RecordProgressUseCase.Command(ann, series.id(), Optional.of(episode), 30));
        return episode;
    }
}
