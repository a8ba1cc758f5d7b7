package app.marquee.application.sales.screening.port.in;

import app.marquee.application.sales.screening.ScreeningFilter;
import app.marquee.application.sales.screening.ScreeningView;
import app.marquee.domain.shared.Outcome;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The screenings that are not cancelled, matching the filter, by start, page by page. */
public interface ListScreeningsQuery {
    /** INVALID_CURSOR when {@code after} is not a cursor this query issued. */
    Outcome<ScreeningPage> list(Listing listing);

    record Listing(ScreeningFilter filter, Optional<String> after, int limit) {
        public Listing {
            Objects.requireNonNull(filter, "filter");
            Objects.requireNonNull(after, "after");
            if (limit < 1 || limit > 100) {
                throw new IllegalArgumentException("limit is 1 to 100");
            }
        }
    }

    /** {@code nextAfter} is the cursor of the next page, empty on the last. */
    record ScreeningPage(List<ScreeningView> items, Optional<String> nextAfter) {
        public ScreeningPage {
            items = List.copyOf(items);
        }
    }
}
