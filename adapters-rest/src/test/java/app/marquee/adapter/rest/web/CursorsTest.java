package app.marquee.adapter.rest.web;

import app.marquee.adapter.rest.problem.RejectedException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CursorsTest {
    @Test
    void roundTripsAPosition() {
        String cursor = Cursors.encode("ann+tag@example.org");
        assertThat(cursor).doesNotContain("@");
        assertThat(Cursors.decode(cursor)).contains("ann+tag@example.org");
    }

    @Test
    void noCursorMeansTheFirstPage() {
        assertThat(Cursors.decode(null)).isEmpty();
        assertThat(Cursors.decode("")).isEmpty();
    }

    @Test
    void refusesCursorsItDidNotIssue() {
        assertThatThrownBy(() -> Cursors.decode("!!!")).isInstanceOf(RejectedException.class)
                .hasMessage("INVALID_CURSOR");
        assertThatThrownBy(() -> Cursors.decode("aGVsbG8")).isInstanceOf(RejectedException.class);
    }

    @Test
    void refusesAPositionHoldingAControlCharacter() {
        assertThatThrownBy(() -> Cursors.decode(Cursors.encode("ann\u0000@example.org")))
                .isInstanceOf(RejectedException.class).hasMessage("INVALID_CURSOR");
        assertThatThrownBy(() -> Cursors.decode(Cursors.encode("ann@example.org\n")))
                .isInstanceOf(RejectedException.class).hasMessage("INVALID_CURSOR");
    }
}
