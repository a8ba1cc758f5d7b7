package app.marquee.domain.library.review;

import app.marquee.domain.library.LibraryRejection;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RatingTest {
    @Test
    void aRatingIsOneToFiveStars() {
        assertThat(Rating.of(1)).isEqualTo(Outcome.accepted(new Rating(1)));
        assertThat(Rating.of(5)).isEqualTo(Outcome.accepted(new Rating(5)));
    }

    @Test
    void zeroOrSixStarsAreOutOfRangeOnTheRatingField() {
        Outcome<Rating> out = Outcome.rejected(Rejection.onField(LibraryRejection.RATING_OUT_OF_RANGE, "rating"));

        assertThat(Rating.of(0)).isEqualTo(out);
        assertThat(Rating.of(6)).isEqualTo(out);
        assertThat(Rating.of(-3)).isEqualTo(out);
        assertThatThrownBy(() -> new Rating(6)).isInstanceOf(IllegalArgumentException.class);
    }
}
