package app.marquee.application.library.service;

import app.marquee.application.library.fakes.LibraryFixture;
import app.marquee.application.library.port.in.ProgressEntry;
import app.marquee.application.library.port.in.RecordProgressUseCase.Command;
import app.marquee.domain.catalog.season.EpisodeId;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.catalog.title.TitleStatus;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.LibraryRejection;
import app.marquee.domain.library.progress.ResumePosition;
import app.marquee.domain.library.progress.WatchedItem;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static app.marquee.application.library.fakes.LibraryFixture.EPISODE_SECONDS;
import static app.marquee.application.library.fakes.LibraryFixture.FILM_SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

class RecordProgressServiceTest {
    private final LibraryFixture library = new LibraryFixture();
    private final RecordProgressService service = new RecordProgressService(library.titles, library.episodes,
            library.progress, library.clock);
    private final AccountId ann = AccountId.newId();

    @Test
    void aFilmsPositionIsKeptAgainstItsRuntime() {
        Title film = library.film("Amélie");

        ProgressEntry entry = accepted(service.record(new Command(ann, film.id(), Optional.empty(), 1_800)));

        assertThat(entry.title().id()).isEqualTo(film.id());
        assertThat(entry.episode()).isEmpty();
        assertThat(entry.progress().position()).isEqualTo(new ResumePosition(1_800, FILM_SECONDS));
        assertThat(entry.progress().isFinished()).isFalse();
        assertThat(library.progress.find(ann, WatchedItem.film(film.id()))).isPresent();
    }

    @Test
    void anEpisodesPositionIsKeptAgainstTheEpisodesRuntime() {
        Title series = library.series("Engrenages", 2, 3);
        EpisodeId episode = library.episode(series, 2, 3);

        ProgressEntry entry = accepted(service.record(new Command(ann, series.id(), Optional.of(episode), 2_430)));

        assertThat(entry.progress().position()).isEqualTo(new ResumePosition(2_430, EPISODE_SECONDS));
        assertThat(entry.progress().isFinished()).isTrue();
        assertThat(entry.episode()).hasValueSatisfying(e -> {
            assertThat(e.seasonNumber()).isEqualTo(2);
            assertThat(e.episode().number()).isEqualTo(3);
        });
    }

    @Test
    void aSeriesNeedsAnEpisode() {
        Title series = library.series("Engrenages", 1, 1);

        assertThat(service.record(new Command(ann, series.id(), Optional.empty(), 10)))
                .isEqualTo(Outcome.rejected(LibraryRejection.EPISODE_REQUIRED));
    }

    @Test
    void anEpisodeOfAnotherSeriesOrOfNoSeriesIsNotFound() {
        Title series = library.series("Engrenages", 1, 1);
        Title other = library.series("Baron Noir", 1, 1);
        Title film = library.film("Amélie");
        EpisodeId elsewhere = library.episode(other, 1, 1);

        assertThat(service.record(new Command(ann, series.id(), Optional.of(elsewhere), 10)))
                .isEqualTo(Outcome.rejected(LibraryRejection.EPISODE_NOT_FOUND));
        assertThat(service.record(new Command(ann, series.id(), Optional.of(EpisodeId.newId()), 10)))
                .isEqualTo(Outcome.rejected(LibraryRejection.EPISODE_NOT_FOUND));
        assertThat(service.record(new Command(ann, film.id(), Optional.of(elsewhere), 10)))
                .isEqualTo(Outcome.rejected(LibraryRejection.EPISODE_NOT_FOUND));
        assertThat(library.progress.saves()).isZero();
    }

    @Test
    void onlyPublishedTitlesCanBeWatched() {
        Title draft = library.film("Draft", TitleStatus.DRAFT);
        Title archived = library.film("Archived", TitleStatus.ARCHIVED);

        assertThat(service.record(new Command(ann, draft.id(), Optional.empty(), 10)))
                .isEqualTo(Outcome.rejected(LibraryRejection.TITLE_NOT_FOUND));
        assertThat(service.record(new Command(ann, archived.id(), Optional.empty(), 10)))
                .isEqualTo(Outcome.rejected(LibraryRejection.TITLE_NOT_FOUND));
        assertThat(service.record(new Command(ann, TitleId.newId(), Optional.empty(), 10)))
                .isEqualTo(Outcome.rejected(LibraryRejection.TITLE_NOT_FOUND));
    }

    @Test
    void aPlayerReportingSecondsPastTheRoundedRuntimeFinishesTheFilmAtItsRuntime() {
        Title film = library.film("Amélie");

        ProgressEntry entry = accepted(service.record(new Command(ann, film.id(), Optional.empty(), FILM_SECONDS + 59)));

        assertThat(entry.progress().position()).isEqualTo(new ResumePosition(FILM_SECONDS, FILM_SECONDS));
        assertThat(entry.progress().isFinished()).isTrue();
    }

    @Test
    void aPositionOutsideTheRuntimeIsRefusedAndNothingIsSaved() {
        Title film = library.film("Amélie");

        assertThat(service.record(new Command(ann, film.id(), Optional.empty(), FILM_SECONDS + 60))).isEqualTo(
                Outcome.rejected(Rejection.onField(LibraryRejection.POSITION_BEYOND_RUNTIME, "positionSeconds")));
        assertThat(service.record(new Command(ann, film.id(), Optional.empty(), -5))).isEqualTo(
                Outcome.rejected(Rejection.onField(LibraryRejection.POSITION_NEGATIVE, "positionSeconds")));
        assertThat(library.progress.count()).isZero();
    }

    @Test
    void aLaterReportMovesTheOneEntryAndAFirstCompletionIsKeptThroughARewatch() {
        Title film = library.film("Amélie");
        service.record(new Command(ann, film.id(), Optional.empty(), 100));
        library.clock.advance(Duration.ofMinutes(100));
        ProgressEntry finished = accepted(service.record(new Command(ann, film.id(), Optional.empty(), 6_480)));
        library.clock.advance(Duration.ofDays(7));

        ProgressEntry again = accepted(service.record(new Command(ann, film.id(), Optional.empty(), 60)));

        assertThat(library.progress.count()).isEqualTo(1);
        assertThat(finished.progress().completedAt()).contains(library.clock.instant().minus(Duration.ofDays(7)));
        assertThat(again.progress().isFinished()).isFalse();
        assertThat(again.progress().completedAt()).isEqualTo(finished.progress().completedAt());
        assertThat(again.progress().updatedAt()).isEqualTo(library.clock.instant());
    }

    @Test
    void eachViewerHasTheirOwnEntry() {
        Title film = library.film("Amélie");
        AccountId bob = AccountId.newId();
        service.record(new Command(ann, film.id(), Optional.empty(), 100));

        service.record(new Command(bob, film.id(), Optional.empty(), 7_000));

        assertThat(library.progress.find(ann, WatchedItem.film(film.id())).orElseThrow().position().seconds())
                .isEqualTo(100);
        assertThat(library.progress.count()).isEqualTo(2);
    }

    private static <T> T accepted(Outcome<T> outcome) {
        return outcome.orElseThrow(rejection -> new IllegalStateException("rejected: " + rejection));
    }
}
