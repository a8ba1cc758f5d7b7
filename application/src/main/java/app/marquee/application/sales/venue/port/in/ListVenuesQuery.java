package app.marquee.application.sales.venue.port.in;

import app.marquee.application.sales.venue.VenueSummary;
import app.marquee.domain.shared.Outcome;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Venues by name (ignoring case), page by page. */
public interface ListVenuesQuery {
    /** INVALID_CURSOR when {@code after} is not a cursor this query issued. */
    Outcome<VenuePage> list(Listing listing);

    record Listing(Optional<String> after, int limit) {
        public Listing {
            Objects.requireNonNull(after, "after");
            if (limit < 1 || limit > 100) {
                throw new IllegalArgumentException("limit is 1 to 100");
            }
        }
    }

    /** {@code nextAfter} is the cursor of the next page, empty on the last. */
    record VenuePage(List<VenueSummary> items, Optional<String> nextAfter) {
        public VenuePage {
            items = List.copyOf(items);
        }
    }
}
