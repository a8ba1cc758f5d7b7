package app.marquee.application.library.port.in;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.shared.Outcome;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A viewer's favorites, newest first, page by page. Titles that left the catalog stay listed;
 * INVALID_CURSOR when {@code after} is not a cursor this query issued.
 */
public interface ListFavoritesQuery {
    Outcome<FavoritesPage> list(Listing listing);

    record Listing(AccountId account, Optional<String> after, int limit) {
        public Listing {
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(after, "after");
            if (limit < 1 || limit > 100) {
                throw new IllegalArgumentException("limit is 1 to 100");
            }
        }
    }

    /** {@code nextAfter} is the cursor of the next page, empty on the last. */
    record FavoritesPage(List<FavoriteEntry> items, Optional<String> nextAfter) {
        public FavoritesPage {
            items = List.copyOf(items);
        }
    }
}
