package app.marquee.application.catalog.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One page of results, the cursor of the next page (empty on the last), and facet counts over
 * every match of the search (not only this page): titles per genre slug and per decade (1990, 2000...).
 */
public record TitleSearchPage(List<TitleSummary> items, Optional<String> nextCursor,
                              Map<String, Long> genreCounts, Map<Integer, Long> decadeCounts) {
    public TitleSearchPage {
        items = List.copyOf(items);
        genreCounts = Map.copyOf(genreCounts);
        decadeCounts = Map.copyOf(decadeCounts);
    }
}
