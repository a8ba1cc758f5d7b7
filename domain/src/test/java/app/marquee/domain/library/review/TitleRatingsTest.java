package app.marquee.domain.library.review;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TitleRatingsTest {
    @Test
    void noVisibleReviewMeansNoAverage() {
        assertThat(TitleRatings.NONE.averageRating()).isEmpty();
    }

    @Test
    void theAverageIsRoundedHalfUpToOneDecimal() {
        assertThat(new TitleRatings(4, 17, 0, 0).averageRating()).contains(new BigDecimal("4.3"));
        assertThat(new TitleRatings(3, 13, 0, 0).averageRating()).contains(new BigDecimal("4.3"));
        assertThat(new TitleRatings(2, 10, 0, 0).averageRating()).contains(new BigDecimal("5.0"));
        assertThat(new TitleRatings(3, 4, 0, 0).averageRating()).contains(new BigDecimal("1.3"));
    }

    @Test
    void countsThatCannotBeAreRefused() {
        assertThatThrownBy(() -> new TitleRatings(2, 11, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TitleRatings(2, 1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TitleRatings(0, 0, -1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
