package app.marquee.application.library.service;

import app.marquee.application.library.fakes.LibraryFixture;
import app.marquee.application.library.port.in.ContinueWatchingQuery.ResumeEntry;
import app.marquee.application.library.port.in.RecordProgressUseCase.Command;
import app.marquee.domain.catalog.season.EpisodeId;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleStatus;
import app.marquee.domain.identity.account.AccountId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static app.marquee.application.library.fakes.LibraryFixture.EPISODE_SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

class ContinueWatchingServiceTest {
    private final LibraryFixture library = new LibraryFixture();
    private final RecordProgressService record = new RecordProgressService(library.titles, library.episodes,
            library.progress, library.clock);
    private final ContinueWatchingService service = new ContinueWatchingService(library.progress,
            library.catalog.titles, library.catalog.seasons, library.episodes);
    private final AccountId ann = AccountId.newId();

    @Test
    void aFilmLeftHalfWayAndTheEpisodeAfterAFinishedOneComeBackWithWhatToShow() {
        Title film = library.film("Amélie");
        Title series = library.series("Engrenages", 2, 2);
        report(film, Optional.empty(), 600);
        report(series, Optional.of(library.episode(series, 1, 2)), EPISODE_SECONDS);

        List<ResumeEntry> lines = service.continueWatching(ann, 20);

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).title().id()).isEqualTo(series.id());
        assertThat(lines.get(0).resume().next()).isTrue();
        assertThat(lines.get(0).resume().position().seconds()).isZero();
        assertThat(lines.get(0).episode()).hasValueSatisfying(e -> {
            assertThat(e.seasonNumber()).isEqualTo(2);
            assertThat(e.episode().number()).isEqualTo(1);
        });
        assertThat(lines.get(1).title().id()).isEqualTo(film.id());
        assertThat(lines.get(1).resume().position().seconds()).isEqualTo(600);
        assertThat(lines.get(1).episode()).isEmpty();
    }

    @Test
    void aFinishedFilmAndAnArchivedTitleDropOut() {
        Title finished = library.film("Finished");
        Title leaving = library.film("Leaving");
        report(finished, Optional.empty(), 6_480);
        report(leaving, Optional.empty(), 100);
        Title archived = library.catalog.titles.stored(leaving.id());
        archived.moveTo(TitleStatus.ARCHIVED, library.clock.instant());
        library.catalog.titles.update(archived);

        assertThat(service.continueWatching(ann, 20)).isEmpty();
    }

    @Test
    void theListIsTheCallersOwnAndStopsAtTheLimit() {
        report(library.film("One"), Optional.empty(), 10);
        report(library.film("Two"), Optional.empty(), 10);
        report(library.film("Three"), Optional.empty(), 10);

        assertThat(service.continueWatching(ann, 2)).extracting(line -> line.title().details().name())
                .containsExactly("Three", "Two");
        assertThat(service.continueWatching(AccountId.newId(), 20)).isEmpty();
    }

    private void report(Title title, Optional<EpisodeId> episode, int seconds) {
        library.clock.advance(Duration.ofMinutes(5));
        record.record(new Command(ann, title.id(), episode, seconds))
                .orElseThrow(rejection -> new IllegalStateException("rejected: " + rejection));
    }
}
