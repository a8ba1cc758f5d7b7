package app.marquee.domain.library.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * What viewers think of a title, in numbers: its visible reviews (hidden ones never count) and
 * their stars, and its likes and dislikes. The average is the stars' mean rounded half up to one
 * decimal (4.25 shows as 4.3), and there is none without a visible review.
 */
public record TitleRatings(long reviewCount, long starsTotal, long likeCount, long dislikeCount) {
    public static final TitleRatings NONE = new TitleRatings(0, 0, 0, 0);

    public TitleRatings {
        if (reviewCount < 0 || likeCount < 0 || dislikeCount < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
        if (starsTotal < reviewCount * Rating.MIN || starsTotal > reviewCount * Rating.MAX) {
            throw new IllegalArgumentException("each review gives 1 to 5 stars");
        }
    }

    public Optional<BigDecimal> averageRating() {
        if (reviewCount == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(starsTotal).divide(BigDecimal.valueOf(reviewCount), 1,
                RoundingMode.HALF_UP));
    }
}
