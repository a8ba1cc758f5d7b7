package app.marquee.application.library.service;

import app.marquee.application.catalog.port.out.LoadTitlePort;
import app.marquee.application.library.port.in.ListMyReviewsQuery;
import app.marquee.application.library.port.out.PagePosition;
import app.marquee.application.library.port.out.ReviewsPort;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.library.review.Review;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A title cannot be deleted while reviewed (it is archived instead), so every review finds its title. */
@Singleton
public class ListMyReviewsService implements ListMyReviewsQuery {
    private final ReviewsPort reviews;
    private final LoadTitlePort titles;

    public ListMyReviewsService(ReviewsPort reviews, LoadTitlePort titles) {
        this.reviews = reviews;
        this.titles = titles;
    }

    @Override
    @Transactional
    public Outcome<MyReviewsPage> list(Listing listing) {
        return LibraryCursors.read(listing.after()).map(after -> {
            LibraryCursors.Cut<Review> cut = LibraryCursors.cut(
                    reviews.byAuthor(listing.author(), after, listing.limit() + 1), listing.limit(),
                    review -> new PagePosition(review.createdAt(), review.id().value()));
            Map<TitleId, Title> byId = titles.byIds(cut.items().stream().map(Review::title).distinct().toList())
                    .stream().collect(Collectors.toMap(Title::id, Function.identity()));
            return new MyReviewsPage(cut.items().stream().filter(review -> byId.containsKey(review.title()))
                    .map(review -> new Entry(review, byId.get(review.title()))).toList(), cut.next());
        });
    }
}
