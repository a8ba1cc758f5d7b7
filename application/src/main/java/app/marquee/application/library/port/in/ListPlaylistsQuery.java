package app.marquee.application.library.port.in;

import app.marquee.application.library.playlist.PlaylistSummary;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.shared.Outcome;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A viewer's own playlists, by name ignoring case, page by page, each with its first titles. */
public interface ListPlaylistsQuery {
    /** INVALID_CURSOR when {@code after} is not a cursor this query issued. */
    Outcome<PlaylistPage> list(Query query);

    record Query(AccountId owner, Optional<String> after, int limit) {
        public Query {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(after, "after");
            if (limit < 1 || limit > 100) {
                throw new IllegalArgumentException("limit is 1 to 100");
            }
        }
    }

    /** {@code nextAfter} is the cursor of the next page, empty on the last. */
    record PlaylistPage(List<PlaylistCard> items, Optional<String> nextAfter) {
        public PlaylistPage {
            items = List.copyOf(items);
            Objects.requireNonNull(nextAfter, "nextAfter");
        }
    }

    /** A playlist and the catalog's titles of its first items (those still in the catalog's store). */
    record PlaylistCard(PlaylistSummary summary, List<Title> firstTitles) {
        public PlaylistCard {
            Objects.requireNonNull(summary, "summary");
            firstTitles = List.copyOf(firstTitles);
        }
    }
}
