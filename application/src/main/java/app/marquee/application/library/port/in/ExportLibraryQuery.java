package app.marquee.application.library.port.in;

import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.reaction.TitleReaction;
import app.marquee.domain.library.review.Review;

import java.util.List;
import java.util.Objects;

/**
 * Everything a viewer keeps in their library, for them to take away (GDPR article 20), each entry
 * with its title as the catalog has it now: a title that left the catalog is still there, with
 * its name, so nothing is dropped from the export. Reviews come with their moderation state,
 * hidden ones included.
 */
public interface ExportLibraryQuery {
    LibraryExport export(AccountId viewer);

    record LibraryExport(List<FavoriteEntry> favorites, List<ReactionEntry> reactions, List<ReviewEntry> reviews,
                         List<PlaylistView> playlists, List<ProgressEntry> history) {
        public LibraryExport {
            favorites = List.copyOf(favorites);
            reactions = List.copyOf(reactions);
            reviews = List.copyOf(reviews);
            playlists = List.copyOf(playlists);
            history = List.copyOf(history);
        }
    }

    record ReactionEntry(TitleReaction reaction, Title title) {
        public ReactionEntry {
            Objects.requireNonNull(reaction, "reaction");
            Objects.requireNonNull(title, "title");
        }
    }

    record ReviewEntry(Review review, Title title) {
        public ReviewEntry {
            Objects.requireNonNull(review, "review");
            Objects.requireNonNull(title, "title");
        }
    }
}
