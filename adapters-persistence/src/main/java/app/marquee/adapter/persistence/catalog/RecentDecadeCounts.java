package app.marquee.adapter.persistence.catalog;

import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The decade facets of searches with words and a year filter, kept for a minute. Such a facet
 * leaves the years out, so it counts every title with the words in the genre: for a common word
 * on a million titles, tens of thousands of rows (a few hundred milliseconds), where the page
 * itself reads a few hundred. The same words in the same genre are searched over and over with
 * other years and pages, which share one count. A count may so be up to a minute old, on each
 * instance; the page, the genre facet and a search without a year filter are always current.
 */
@Singleton
class RecentDecadeCounts {
    static final long FRESH_NANOS = 60_000_000_000L;
    private static final int MAX_SEARCHES = 10_000;

    /** What the decade facet depends on: the words, the genre and the other filters, not the years. */
    record Key(String query, String genre, String kind, String language, boolean includeUnpublished) {
    }

    private record Counted(List<TitleFacetRow> decades, long at) {
    }

    private final Map<Key, Counted> recent = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Counted> eldest) {
            return size() > MAX_SEARCHES;
        }
    };

    List<TitleFacetRow> decades(Key key, Supplier<List<TitleFacetRow>> count) {
        long now = System.nanoTime();
        synchronized (recent) {
            Counted counted = recent.get(key);
            if (counted != null && now - counted.at() < FRESH_NANOS) {
                return counted.decades();
            }
        }
        List<TitleFacetRow> decades = List.copyOf(count.get());
        synchronized (recent) {
            recent.put(key, new Counted(decades, now));
        }
        return decades;
    }
}
