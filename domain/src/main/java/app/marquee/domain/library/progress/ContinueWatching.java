package app.marquee.domain.library.progress;

import app.marquee.domain.catalog.season.EpisodeId;
import app.marquee.domain.catalog.title.TitleId;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What a viewer may pick up again, one line per title, the title watched most recently first.
 * <ul>
 *   <li>a film left before 90 % comes back at its position; a finished film does not;</li>
 *   <li>for a series, the episode watched last decides: left half-way, it comes back at its
 *   position; finished, the series comes back with the next episode of its {@link RunningOrder}
 *   ({@code next}), skipping the episodes already finished, crossing into the next season, and
 *   resuming one already started at its position; a series finished to its last episode drops out;</li>
 *   <li>titles no longer on the catalog drop out.</li>
 * </ul>
 */
public final class ContinueWatching {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 50;

    private ContinueWatching() {
    }

    /**
     * @param history     the viewer's entries, in any order
     * @param available   whether a title is still on the catalog
     * @param seriesOrder a series' running order, asked only for series whose last episode was finished
     */
    public static List<Resume> pick(List<WatchProgress> history, Predicate<TitleId> available,
                                    Function<TitleId, Optional<RunningOrder>> seriesOrder, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit is at least 1");
        }
        Map<TitleId, List<WatchProgress>> byTitle = new LinkedHashMap<>();
        history.stream().sorted(Comparator.comparing(WatchProgress::updatedAt).reversed())
                .forEach(entry -> byTitle.computeIfAbsent(entry.item().title(), t -> new ArrayList<>()).add(entry));
        List<Resume> lines = new ArrayList<>();
        for (Map.Entry<TitleId, List<WatchProgress>> title : byTitle.entrySet()) {
            if (lines.size() == limit) {
                break;
            }
            if (available.test(title.getKey())) {
                resume(title.getValue(), seriesOrder).ifPresent(lines::add);
            }
        }
        return lines;
    }

    /** {@code entries}: one title's, newest first. */
    private static Optional<Resume> resume(List<WatchProgress> entries,
                                           Function<TitleId, Optional<RunningOrder>> seriesOrder) {
        WatchProgress last = entries.get(0);
        if (!last.isFinished()) {
            return Optional.of(new Resume(last.item(), last.position(), false, last.updatedAt()));
        }
        if (last.item().episode().isEmpty()) {
            return Optional.empty();
        }
        Map<EpisodeId, WatchProgress> byEpisode = new LinkedHashMap<>();
        entries.forEach(entry -> entry.item().episode().ifPresent(id -> byEpisode.putIfAbsent(id, entry)));
        return seriesOrder.apply(last.item().title()).stream()
                .flatMap(order -> order.after(last.item().episode().get()).stream())
                .filter(candidate -> !Optional.ofNullable(byEpisode.get(candidate.episode().id()))
                        .map(WatchProgress::isFinished).orElse(false))
                .findFirst()
                .map(next -> new Resume(WatchedItem.episode(next.seriesId(), next.episode().id()),
                        Optional.ofNullable(byEpisode.get(next.episode().id())).map(WatchProgress::position)
                                .orElseGet(() -> ResumePosition.start(next.runtimeSeconds())),
                        true, last.updatedAt()));
    }
}
