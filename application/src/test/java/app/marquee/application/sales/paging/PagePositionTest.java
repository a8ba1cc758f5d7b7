package app.marquee.application.sales.paging;

import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PagePositionTest {
    private static final UUID ID = UUID.fromString("0b7e1c0e-7f57-4c38-9d7b-2f1f0a7d6c11");
    private static final Outcome<Optional<PagePosition>> INVALID =
            Outcome.rejected(Rejection.onField(SalesRejection.INVALID_CURSOR, "cursor"));

    @Test
    void aWrittenPositionReadsBackEvenWithColonsInItsKey() {
        PagePosition position = new PagePosition("2026-11-21T18:00:00Z", ID);

        assertThat(PagePosition.read(Optional.of(position.write()))).isEqualTo(Outcome.accepted(Optional.of(position)));
        assertThat(PagePosition.read(Optional.empty())).isEqualTo(Outcome.accepted(Optional.empty()));
    }

    @Test
    void textNoPositionCouldHaveProducedIsAnInvalidCursor() {
        for (String forged : List.of("nope", ID + ":", ID + ": ", ID + "-key", ID.toString().toUpperCase() + ":key",
                "0b7e1c0e-7f57-4c38-9d7b-2f1f0a7d6cZZ:key", ID + ":a\u0000b")) {
            assertThat(PagePosition.read(Optional.of(forged))).as(forged).isEqualTo(INVALID);
        }
    }

    @Test
    void aSliceGivesTheNextCursorOnlyWhenTheExtraItemCameBack() {
        List<String> names = List.of("a", "b", "c");

        PageSlice<String> full = PageSlice.of(names, 2, name -> new PagePosition(name, ID));
        PageSlice<String> last = PageSlice.of(names, 3, name -> new PagePosition(name, ID));

        assertThat(full.items()).containsExactly("a", "b");
        assertThat(full.next()).contains(new PagePosition("b", ID).write());
        assertThat(last.items()).containsExactly("a", "b", "c");
        assertThat(last.next()).isEmpty();
    }
}
