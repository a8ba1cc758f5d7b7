package app.marquee.adapter.rest.problem;

import app.marquee.domain.library.LibraryRejection;
import io.micronaut.http.HttpStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A refused position is unprocessable, not malformed; a missing history entry is not found. */
class WatchProgressProblemsTest {

    @Test
    void aPositionOrAKindOfTitleTheRulesRefuseIsUnprocessable() {
        assertThat(status(LibraryRejection.POSITION_NEGATIVE)).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
        assertThat(status(LibraryRejection.POSITION_BEYOND_RUNTIME))
                .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
        assertThat(status(LibraryRejection.EPISODE_REQUIRED)).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
    }

    @Test
    void whatTheCallersLibraryDoesNotHoldIsNotFound() {
        assertThat(status(LibraryRejection.PROGRESS_NOT_FOUND)).isEqualTo(HttpStatus.NOT_FOUND.getCode());
        assertThat(status(LibraryRejection.EPISODE_NOT_FOUND)).isEqualTo(HttpStatus.NOT_FOUND.getCode());
    }

    private static int status(LibraryRejection code) {
        return ProblemStatuses.of(code.name()).getCode();
    }
}
