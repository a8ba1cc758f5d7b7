package app.marquee.adapter.persistence.library;

import app.marquee.application.catalog.port.out.TitleRatingsPort;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.library.review.TitleRatings;
import jakarta.inject.Singleton;

/**
 * A title's ratings counted on demand, in one statement: visible reviews from the partial index
 * that leaves hidden ones out, likes and dislikes from the reactions' title index. Exact at every
 * read, with no counter to drift or to contend on.
 */
@Singleton
public class TitleRatingsPersistenceAdapter implements TitleRatingsPort {
    private final ReviewRepository reviews;

    TitleRatingsPersistenceAdapter(ReviewRepository reviews) {
        this.reviews = reviews;
    }

    @Override
    public TitleRatings of(TitleId title) {
        TitleRatingsRow row = reviews.ratingsOf(title.value());
        return new TitleRatings(row.reviewCount(), row.starsTotal(), row.likeCount(), row.dislikeCount());
    }
}
