package app.marquee.application.library.service;

import app.marquee.application.catalog.port.out.LoadTitlePort;
import app.marquee.application.library.port.in.ListTitleReviewsQuery;
import app.marquee.application.library.port.out.PagePosition;
import app.marquee.application.library.port.out.ReviewsPort;
import app.marquee.domain.identity.account.Role;
import app.marquee.domain.library.LibraryRejection;
import app.marquee.domain.library.review.ReviewModeration;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

@Singleton
public class ListTitleReviewsService implements ListTitleReviewsQuery {
    private final LoadTitlePort titles;
    private final ReviewsPort reviews;

    public ListTitleReviewsService(LoadTitlePort titles, ReviewsPort reviews) {
        this.titles = titles;
        this.reviews = reviews;
    }

    @Override
    @Transactional
    public Outcome<ReviewsPage> list(Listing listing) {
        boolean admin = listing.reader().filter(role -> role == Role.ADMIN).isPresent();
        boolean moderator = listing.reader().filter(ReviewModeration::mayModerate).isPresent();
        if (titles.byId(listing.title()).filter(title -> title.isVisibleTo(admin)).isEmpty()) {
            return Outcome.rejected(LibraryRejection.TITLE_NOT_FOUND);
        }
        return LibraryCursors.read(listing.after()).map(after -> {
            LibraryCursors.Cut<ReviewsPort.Authored> cut = LibraryCursors.cut(
                    reviews.ofTitle(listing.title(), moderator, after, listing.limit() + 1), listing.limit(),
                    authored -> new PagePosition(authored.review().createdAt(), authored.review().id().value()));
            return new ReviewsPage(cut.items().stream()
                    .map(authored -> new Entry(authored.review(), authored.authorName())).toList(), cut.next());
        });
    }
}
