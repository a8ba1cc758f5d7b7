package app.marquee.application.library.port.in;

import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.review.Review;
import app.marquee.domain.shared.Outcome;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A viewer's own reviews, newest first, hidden ones included (so they know), each with its title
 * as the catalog has it now. INVALID_CURSOR for a cursor this query did not issue.
 */
public interface ListMyReviewsQuery {
    Outcome<MyReviewsPage> list(Listing listing);

    record Listing(AccountId author, Optional<String> after, int limit) {
        public Listing {
            Objects.requireNonNull(author, "author");
            Objects.requireNonNull(after, "after");
            if (limit < 1 || limit > 100) {
                throw new IllegalArgumentException("limit is 1 to 100");
            }
        }
    }

    record Entry(Review review, Title title) {
        public Entry {
            Objects.requireNonNull(review, "review");
            Objects.requireNonNull(title, "title");
        }
    }

    record MyReviewsPage(List<Entry> items, Optional<String> nextAfter) {
        public MyReviewsPage {
            items = List.copyOf(items);
        }
    }
}
