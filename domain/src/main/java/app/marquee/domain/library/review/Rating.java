package app.marquee.domain.library.review;

import app.marquee.domain.library.LibraryRejection;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;

/** Stars a reviewer gives a title: a whole number from 1 to 5. */
public record Rating(int stars) {
    public static final int MIN = 1;
    public static final int MAX = 5;

    public Rating {
        if (stars < MIN || stars > MAX) {
            throw new IllegalArgumentException("a rating is 1 to 5 stars");
        }
    }

    /** What a reviewer sent, judged: RATING_OUT_OF_RANGE on {@code rating} outside 1 to 5. */
    public static Outcome<Rating> of(int stars) {
        if (stars < MIN || stars > MAX) {
            return Outcome.rejected(Rejection.onField(LibraryRejection.RATING_OUT_OF_RANGE, "rating"));
        }
        return Outcome.accepted(new Rating(stars));
    }
}
