package app.marquee.adapter.persistence.library;

import io.micronaut.core.annotation.Introspected;

/** What {@link ReviewRepository#ratingsOf} counts for one title. */
@Introspected
record TitleRatingsRow(long reviewCount, long starsTotal, long likeCount, long dislikeCount) {
}
