package app.marquee.application.sales.event.port.in;

import app.marquee.application.sales.event.port.in.ViewEventQuery.EventView;
import app.marquee.application.sales.event.port.in.ViewEventQuery.Reader;
import app.marquee.domain.shared.Outcome;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The events a reader may see, by title (ignoring case), page by page: every one ON_SALE, plus an
 * organiser's own, plus, for an ADMIN, all, each with its standing now (its shows tallied in the
 * same query as the page). INVALID_CURSOR for a cursor this query did not issue.
 */
public interface ListEventsQuery {
    Outcome<EventPage> list(Listing listing);

    record Listing(Reader reader, Optional<String> after, int limit) {
        public Listing {
            Objects.requireNonNull(reader, "reader");
            Objects.requireNonNull(after, "after");
            if (limit < 1 || limit > 100) {
                throw new IllegalArgumentException("limit is 1 to 100");
            }
        }
    }

    /** {@code nextAfter} is the cursor of the next page, empty on the last. */
    record EventPage(List<EventView> items, Optional<String> nextAfter) {
        public EventPage {
            items = List.copyOf(items);
        }
    }
}
