package app.marquee.adapter.persistence.catalog;

import app.marquee.adapter.persistence.catalog.TitleSearchCursor.Position;
import app.marquee.application.catalog.port.out.SearchTitlesPort;
import app.marquee.application.catalog.search.TitleSearch;
import app.marquee.application.catalog.search.TitleSearchPage;
import app.marquee.application.catalog.search.TitleSummary;
import app.marquee.domain.catalog.CatalogRejection;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalog search in PostgreSQL: the database matches, ranks, pages and counts, with its
 * indexes, and only the page comes back. Words go through the full-text index, with spelling
 * correction from the catalog's own words; pages are keyset pages, so page 1,000 costs what page
 * 1 does and a title added meanwhile neither repeats nor hides another. Each facet leaves out its
 * own filter (genres ignore the genre, decades the years). Browsing reads its facets from counts
 * the database keeps; with words and a year filter, the decades come from {@link RecentDecadeCounts}.
 */
@Singleton
public class TitleSearchPersistenceAdapter implements SearchTitlesPort {
    private final TitleSearchRepository titles;
    private final RecentDecadeCounts decades;

    TitleSearchPersistenceAdapter(TitleSearchRepository titles, RecentDecadeCounts decades) {
        this.titles = titles;
        this.decades = decades;
    }

    @Override
    @ReadOnly
    public Outcome<TitleSearchPage> search(TitleSearch search) {
        Optional<Position> after = Optional.empty();
        if (search.after().isPresent()) {
            after = TitleSearchCursor.read(search.after().get(), search);
            if (after.isEmpty()) {
                return Outcome.rejected(Rejection.onField(CatalogRejection.INVALID_CURSOR, "cursor"));
            }
        }
        titles.planWithValues();
        TitleSearchStatements statements = new TitleSearchStatements(titles, search, after);
        List<TitleSearchRow> rows = new ArrayList<>();
        if (search.text().isPresent()) {
            String query = titles.wordsQuery(search.text().get());
            if (query == null) {
                return Outcome.accepted(new TitleSearchPage(List.of(), Optional.empty(), Map.of(), Map.of()));
            }
            rows.addAll(statements.withWords(query));
            if (statements.filtersYears()) {
                rows.removeIf(row -> row.part().equals("DECADE"));
                decades.decades(statements.decadesKey(query), () -> statements.wordsDecades(query))
                        .forEach(facet -> rows.add(TitleSearchMapper.facetRow(facet)));
            }
        } else {
            rows.addAll(statements.page());
            statements.facets().forEach(facet -> rows.add(TitleSearchMapper.facetRow(facet)));
        }
        return Outcome.accepted(page(search, rows));
    }

    private static TitleSearchPage page(TitleSearch search, List<TitleSearchRow> rows) {
        List<TitleSearchRow> items = rows.stream().filter(row -> row.part().equals("ITEM"))
                .sorted(Comparator.comparing(TitleSearchRow::position)).toList();
        Map<String, Long> genres = new HashMap<>();
        Map<Integer, Long> decades = new HashMap<>();
        for (TitleSearchRow row : rows) {
            switch (row.part()) {
                case "GENRE" -> genres.put(row.facetValue(), row.facetCount());
                case "DECADE" -> decades.put(Integer.valueOf(row.facetValue()), row.facetCount());
                default -> { }
            }
        }
        List<TitleSearchRow> shown = items.subList(0, Math.min(items.size(), search.limit()));
        Optional<String> next = Optional.empty();
        if (items.size() > search.limit()) {
            TitleSearchRow last = shown.get(shown.size() - 1);
            next = Optional.of(TitleSearchCursor.write(search, TitleSearchMapper.position(last, search.sort())));
        }
        List<TitleSummary> summaries = shown.stream().map(TitleSearchMapper::summary).toList();
        return new TitleSearchPage(summaries, next, genres, decades);
    }
}
