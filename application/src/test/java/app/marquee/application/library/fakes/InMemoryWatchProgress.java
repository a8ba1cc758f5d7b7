package app.marquee.application.library.fakes;

import app.marquee.application.library.port.out.WatchProgressPort;
import app.marquee.domain.catalog.season.EpisodeId;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.LibraryRejection;
import app.marquee.domain.library.progress.WatchProgress;
import app.marquee.domain.library.progress.WatchedItem;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Watch progress kept as the database keeps it: one entry per viewer and item, a save merged
 * with what is stored (newer position wins, earliest completion stays), history newest first
 * with a cursor of its own ({@code <instant>|<key>}).
 */
public final class InMemoryWatchProgress implements WatchProgressPort {
    private static final Comparator<WatchProgress> NEWEST_FIRST = Comparator
            .comparing(WatchProgress::updatedAt).thenComparing((WatchProgress p) -> key(p)).reversed();
    private final Map<String, WatchProgress> rows = new LinkedHashMap<>();
    private int saves;

    @Override
    public Optional<WatchProgress> find(AccountId viewer, WatchedItem item) {
        return Optional.ofNullable(rows.get(key(viewer, item))).map(InMemoryWatchProgress::copy);
    }

    @Override
    public WatchProgress save(WatchProgress progress) {
        saves++;
        String key = key(progress);
        WatchProgress stored = rows.get(key);
        WatchProgress merged = stored == null ? copy(progress) : merge(stored, progress);
        rows.put(key, merged);
        return copy(merged);
    }

    @Override
    public Outcome<HistoryPage> history(AccountId viewer, Optional<String> after, int max) {
        List<WatchProgress> all = ofViewer(viewer);
        int from = 0;
        if (after.isPresent()) {
            from = -1;
            for (int i = 0; i < all.size(); i++) {
                if (cursor(all.get(i)).equals(after.get())) {
                    from = i + 1;
                }
            }
            if (from < 0) {
                return Outcome.rejected(Rejection.onField(LibraryRejection.INVALID_CURSOR, "cursor"));
            }
        }
        List<WatchProgress> page = all.subList(from, Math.min(all.size(), from + max));
        boolean more = from + max < all.size();
        return Outcome.accepted(new HistoryPage(page,
                more ? Optional.of(cursor(page.get(page.size() - 1))) : Optional.empty()));
    }

    @Override
    public List<WatchProgress> recent(AccountId viewer, int max) {
        return ofViewer(viewer).stream().limit(max).toList();
    }

    @Override
    public int forget(AccountId viewer, TitleId title, Optional<EpisodeId> episode) {
        int before = rows.size();
        rows.values().removeIf(p -> p.viewer().equals(viewer) && p.item().title().equals(title)
                && (episode.isEmpty() || p.item().episode().equals(episode)));
        return before - rows.size();
    }

    /** How many saves the services made. */
    public int saves() {
        return saves;
    }

    public int count() {
        return rows.size();
    }

    private List<WatchProgress> ofViewer(AccountId viewer) {
        return rows.values().stream().filter(p -> p.viewer().equals(viewer)).sorted(NEWEST_FIRST)
                .map(InMemoryWatchProgress::copy).toList();
    }

    private static WatchProgress merge(WatchProgress stored, WatchProgress report) {
        boolean newer = !report.updatedAt().isBefore(stored.updatedAt());
        Optional<Instant> completed = stored.completedAt().isEmpty() ? report.completedAt()
                : report.completedAt().filter(at -> at.isBefore(stored.completedAt().get())).or(stored::completedAt);
        WatchProgress latest = newer ? report : stored;
        return WatchProgress.rehydrate(stored.viewer(), stored.item(), latest.position(), completed,
                latest.updatedAt());
    }

    private static String cursor(WatchProgress p) {
        return p.updatedAt() + "|" + key(p);
    }

    private static String key(WatchProgress p) {
        return key(p.viewer(), p.item());
    }

    private static String key(AccountId viewer, WatchedItem item) {
        return viewer.value() + "/" + item.title().value() + "/" + item.episode().map(EpisodeId::toString).orElse("-");
    }

    private static WatchProgress copy(WatchProgress p) {
        return WatchProgress.rehydrate(p.viewer(), p.item(), p.position(), p.completedAt(), p.updatedAt());
    }

    /** Every entry of the viewer, last watched first (the export). */
    public List<WatchProgress> ofAccount(AccountId viewer) {
        return ofViewer(viewer);
    }

    /** Removes every entry of the viewer (the erasure). */
    public void forget(AccountId viewer) {
        rows.values().removeIf(p -> p.viewer().equals(viewer));
    }
}
