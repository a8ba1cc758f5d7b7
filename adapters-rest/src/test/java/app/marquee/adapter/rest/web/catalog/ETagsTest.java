package app.marquee.adapter.rest.web.catalog;

import app.marquee.adapter.rest.problem.RejectedException;
import app.marquee.adapter.rest.problem.RestRejection;
import app.marquee.domain.catalog.CatalogRejection;
import app.marquee.domain.shared.Rejection;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ETagsTest {
    @Test
    void aTitlesETagIsItsVersionInQuotes() {
        assertThat(ETags.of(7)).isEqualTo("\"7\"");
    }

    @Test
    void ifNoneMatchComparesWeaklyAndIgnoresWhatItCannotRead() {
        assertThat(ETags.noneMatchHits("\"7\"", 7)).isTrue();
        assertThat(ETags.noneMatchHits("W/\"7\"", 7)).isTrue();
        assertThat(ETags.noneMatchHits("\"5\", \"7\"", 7)).isTrue();
        assertThat(ETags.noneMatchHits("*", 7)).isTrue();
        assertThat(ETags.noneMatchHits("\"6\"", 7)).isFalse();
        assertThat(ETags.noneMatchHits("7", 7)).isFalse();
        assertThat(ETags.noneMatchHits(null, 7)).isFalse();
    }

    @Test
    void withoutIfMatchOrWithAStarTheWriteExpectsWhatTheRouteChooses() {
        assertThat(ETags.expectedVersion(null, 4, Optional.empty())).isEmpty();
        assertThat(ETags.expectedVersion("*", 4, Optional.of(4L))).contains(4L);
    }

    @Test
    void oneStrongTagIsLeftToTheUseCaseToCheck() {
        assertThat(ETags.expectedVersion("\"3\"", 4, Optional.empty())).contains(3L);
    }

    @Test
    void severalTagsMatchTheVersionReadOrAreStale() {
        assertThat(ETags.expectedVersion("\"3\", \"4\"", 4, Optional.empty())).contains(4L);
        assertThatThrownBy(() -> ETags.expectedVersion("\"1\", \"2\"", 4, Optional.empty()))
                .isInstanceOfSatisfying(RejectedException.class, rejected -> assertThat(rejected.rejection())
                        .isEqualTo(Rejection.of(CatalogRejection.VERSION_MISMATCH)));
    }

    @Test
    void aWeakTagNeverMatchesAWrite() {
        assertThatThrownBy(() -> ETags.expectedVersion("W/\"4\"", 4, Optional.empty()))
                .isInstanceOf(RejectedException.class).hasMessage("VERSION_MISMATCH");
    }

    @Test
    void aMalformedIfMatchIsABadRequestNamingTheHeader() {
        for (String malformed : new String[] {"4", "\"4", "\"4\" \"5\"", "\"4\",junk", ""}) {
            assertThatThrownBy(() -> ETags.expectedVersion(malformed, 4, Optional.empty())).as(malformed)
                    .isInstanceOfSatisfying(RejectedException.class, rejected -> assertThat(rejected.rejection())
                            .isEqualTo(Rejection.onField(RestRejection.INVALID_VALUE, "If-Match")));
        }
    }

    @Test
    void whatATitleLooksLikeIsPartOfItsTagButAWriteReadsOnlyTheVersion() {
        String shown = ETags.ofRepresentation(7, "{\"likeCount\":1}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String liked = ETags.ofRepresentation(7, "{\"likeCount\":2}".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(shown).matches("\"7\\.[0-9a-f]{16}\"").isNotEqualTo(liked);
        assertThat(ETags.expectedVersion(shown, 7, Optional.empty())).contains(7L);
        assertThat(ETags.expectedVersion(shown)).contains(7L);
    }
}
