package app.marquee.application.library.service;

import app.marquee.application.library.fakes.LibraryFixture;
import app.marquee.application.library.port.in.ProgressEntry;
import app.marquee.application.library.port.in.RecordProgressUseCase;
import app.marquee.application.library.port.in.ViewHistoryQuery.History;
import app.marquee.application.library.port.in.ViewHistoryQuery.Query;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleStatus;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.LibraryRejection;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ViewHistoryServiceTest {
    private final LibraryFixture library = new LibraryFixture();
    private final RecordProgressService record = new RecordProgressService(library.titles, library.episodes,
            library.progress, library.clock);
    private final ViewHistoryService history = new ViewHistoryService(library.progress, library.catalog.titles,
            library.episodes);
    private final AccountId ann = AccountId.newId();

    @Test
    void theHistoryListsTheLastWatchedFirstPageByPage() {
        Title first = library.film("First");
        Title series = library.series("Engrenages", 1, 2);
        Title third = library.film("Third");
        watch(first, Optional.empty());
        watch(series, Optional.of(1));
        watch(third, Optional.empty());
        watch(series, Optional.of(2));

        History page1 = accepted(history.history(new Query(ann, Optional.empty(), 3)));
        History page2 = accepted(history.history(new Query(ann, page1.nextAfter(), 3)));

        assertThat(page1.entries()).extracting(e -> e.title().details().name() + e.episode()
                        .map(ep -> " " + ep.episode().name()).orElse(""))
                .containsExactly("Engrenages S1E2", "Third", "Engrenages S1E1");
        assertThat(page2.entries()).extracting(e -> e.title().details().name()).containsExactly("First");
        assertThat(page2.nextAfter()).isEmpty();
    }

    @Test
    void aTitleThatLeftTheCatalogStaysListed() {
        Title film = library.film("Leaving");
        watch(film, Optional.empty());
        Title archived = library.catalog.titles.stored(film.id());
        archived.moveTo(TitleStatus.ARCHIVED, library.clock.instant());
        library.catalog.titles.update(archived);

        assertThat(accepted(history.history(new Query(ann, Optional.empty(), 10))).entries())
                .extracting(ProgressEntry::title).extracting(Title::status).containsExactly(TitleStatus.ARCHIVED);
    }

    @Test
    void anotherViewersHistoryIsNeverShown() {
        watch(library.film("Mine"), Optional.empty());

        assertThat(accepted(history.history(new Query(AccountId.newId(), Optional.empty(), 10))).entries()).isEmpty();
    }

    @Test
    void aCursorThisQueryDidNotIssueIsRefused() {
        assertThat(history.history(new Query(ann, Optional.of("made-up"), 10)))
                .isEqualTo(Outcome.rejected(Rejection.onField(LibraryRejection.INVALID_CURSOR, "cursor")));
    }

    private void watch(Title title, Optional<Integer> episode) {
        library.clock.advance(Duration.ofMinutes(5));
        record.record(new RecordProgressUseCase.Command(ann, title.id(),
                episode.map(n -> library.episode(title, 1, n)), 60));
    }

    private static <T> T accepted(Outcome<T> outcome) {
        return outcome.orElseThrow(rejection -> new IllegalStateException("rejected: " + rejection));
    }
}
