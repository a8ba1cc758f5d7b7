package app.marquee.application.library.port.in;

import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.DisplayName;
import app.marquee.domain.identity.account.Role;
import app.marquee.domain.library.review.Review;
import app.marquee.domain.shared.Outcome;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A title's reviews, newest first, page by page, each with its author's display name. Hidden
 * reviews are listed for operators and admins only. A title the reader may not see (a draft or an
 * archived title, for anyone but an admin) is TITLE_NOT_FOUND; a foreign cursor INVALID_CURSOR.
 */
public interface ListTitleReviewsQuery {
    Outcome<ReviewsPage> list(Listing listing);

    /** {@code reader} is the caller's role, empty when anonymous. */
    record Listing(TitleId title, Optional<Role> reader, Optional<String> after, int limit) {
        public Listing {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(reader, "reader");
            Objects.requireNonNull(after, "after");
            if (limit < 1 || limit > 100) {
                throw new IllegalArgumentException("limit is 1 to 100");
            }
        }
    }

    record Entry(Review review, DisplayName authorName) {
        public Entry {
            Objects.requireNonNull(review, "review");
            Objects.requireNonNull(authorName, "authorName");
        }
    }

    record ReviewsPage(List<Entry> items, Optional<String> nextAfter) {
        public ReviewsPage {
            items = List.copyOf(items);
        }
    }
}
