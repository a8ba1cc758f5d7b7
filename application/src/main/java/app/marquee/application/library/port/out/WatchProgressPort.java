package app.marquee.application.library.port.out;

import app.marquee.domain.catalog.season.EpisodeId;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.progress.WatchProgress;
import app.marquee.domain.library.progress.WatchedItem;
import app.marquee.domain.shared.Outcome;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps each viewer's watch progress, one entry per film and per episode. {@code save} merges
 * atomically with whatever a concurrent report stored meanwhile, by the same rules as
 * {@link WatchProgress#moveTo}: the newer report's position wins, the earliest completion stays.
 * Every read is scoped to one viewer: nothing here reaches another viewer's entries.
 */
public interface WatchProgressPort {
    Optional<WatchProgress> find(AccountId viewer, WatchedItem item);

    /** Inserts or merges the entry; returns it as stored once merged. */
    WatchProgress save(WatchProgress progress);

    /** The viewer's entries, last watched first; {@code INVALID_CURSOR} for a cursor this port did not issue. */
    Outcome<HistoryPage> history(AccountId viewer, Optional<String> after, int max);

    /** The viewer's {@code max} most recent entries, last watched first. */
    List<WatchProgress> recent(AccountId viewer, int max);

    /** Removes the viewer's entry for one episode, or every entry of the title when no episode is given; how many. */
    int forget(AccountId viewer, TitleId title, Optional<EpisodeId> episode);

    /** {@code nextAfter}: the cursor of the next page, empty on the last. */
    record HistoryPage(List<WatchProgress> entries, Optional<String> nextAfter) {
        public HistoryPage {
            entries = List.copyOf(entries);
            Objects.requireNonNull(nextAfter, "nextAfter");
        }
    }
}
