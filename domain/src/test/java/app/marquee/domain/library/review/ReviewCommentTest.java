package app.marquee.domain.library.review;

import app.marquee.domain.library.LibraryRejection;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReviewCommentTest {
    @Test
    void aCommentIsTrimmedAndKeepsItsLineBreaks() {
        assertThat(ReviewComment.of("  Loved it.\nTwice.  ")).isEqualTo(Outcome.accepted(
                new ReviewComment("Loved it.\nTwice.")));
    }

    @Test
    void twoThousandCharactersAreFineCountingEachEmojiOnce() {
        assertThat(ReviewComment.of("x".repeat(2000)).isAccepted()).isTrue();
        assertThat(ReviewComment.of("🎬".repeat(2000)).isAccepted()).isTrue();
    }

    @Test
    void oneCharacterMoreIsTooLong() {
        assertThat(ReviewComment.of("x".repeat(2001))).isEqualTo(Outcome.rejected(
                Rejection.onField(LibraryRejection.COMMENT_TOO_LONG, "comment")));
    }

    @Test
    void aBlankCommentIsRefusedRatherThanStored() {
        Outcome<ReviewComment> blank = Outcome.rejected(Rejection.onField(LibraryRejection.COMMENT_BLANK, "comment"));

        assertThat(ReviewComment.of("")).isEqualTo(blank);
        assertThat(ReviewComment.of(" \n\t ")).isEqualTo(blank);
    }

    @Test
    void controlCharactersOtherThanLineBreaksAreMalformed() {
        assertThatThrownBy(() -> ReviewComment.of("nul\u0000byte")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReviewComment("bell\u0007")).isInstanceOf(IllegalArgumentException.class);
    }
}
