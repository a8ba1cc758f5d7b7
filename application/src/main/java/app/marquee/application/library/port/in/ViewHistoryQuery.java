package app.marquee.application.library.port.in;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.shared.Outcome;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The caller's own viewing history, last watched first, page by page; titles that left the
 * catalog stay listed. INVALID_CURSOR for a cursor this query did not issue.
 */
public interface ViewHistoryQuery {
    Outcome<History> history(Query query);

    record Query(AccountId viewer, Optional<String> after, int limit) {
        public Query {
            Objects.requireNonNull(viewer, "viewer");
            Objects.requireNonNull(after, "after");
            if (limit < 1 || limit > 100) {
                throw new IllegalArgumentException("limit is 1 to 100");
            }
        }
    }

    /** {@code nextAfter}: the cursor of the next page, empty on the last. */
    record History(List<ProgressEntry> entries, Optional<String> nextAfter) {
        public History {
            entries = List.copyOf(entries);
            Objects.requireNonNull(nextAfter, "nextAfter");
        }
    }
}
