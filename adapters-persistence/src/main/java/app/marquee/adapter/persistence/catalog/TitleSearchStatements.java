package app.marquee.adapter.persistence.catalog;

import app.marquee.adapter.persistence.catalog.TitleSearchCursor.Position;
import app.marquee.application.catalog.search.TitleSearch;
import app.marquee.domain.catalog.title.LanguageCode;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One search's values handed to the statement of its sort. Each asks for one row more than the
 * page, so that the adapter knows whether a next page exists without counting.
 */
final class TitleSearchStatements {
    private final TitleSearchRepository titles;
    private final TitleSearch search;
    private final String genre;
    private final Integer year;
    private final Integer yearFrom;
    private final Integer yearTo;
    private final String kind;
    private final String language;
    private final Long afterNumber;
    private final String afterName;
    private final UUID afterId;
    private final int limit;

    TitleSearchStatements(TitleSearchRepository titles, TitleSearch search, Optional<Position> after) {
        this.titles = titles;
        this.search = search;
        this.genre = search.genreSlug().orElse(null);
        this.year = search.year().orElse(null);
        this.yearFrom = search.yearFrom().orElse(null);
        this.yearTo = search.yearTo().orElse(null);
        this.kind = search.kind().map(Enum::name).orElse(null);
        this.language = search.language().map(LanguageCode::value).orElse(null);
        this.afterNumber = after.map(Position::number).orElse(null);
        this.afterName = after.map(Position::name).orElse(null);
        this.afterId = after.map(Position::id).orElse(null);
        this.limit = search.limit() + 1;
    }

    /** The page and the facets of a search with words, {@code query} being their full-text query. */
    List<TitleSearchRow> withWords(String query) {
        boolean drafts = search.includeUnpublished();
        return switch (search.sort()) {
            case RELEVANCE -> titles.wordsByRelevance(query, search.text().orElseThrow(), genre, year, yearFrom,
                    yearTo, kind, language, drafts, afterNumber, afterId, limit);
            case YEAR -> titles.wordsByYear(query, genre, year, yearFrom, yearTo, kind, language, drafts,
                    afterNumber, afterId, limit);
            case TITLE -> titles.wordsByTitle(query, genre, year, yearFrom, yearTo, kind, language, drafts,
                    afterName, afterId, limit);
            case POPULARITY -> titles.wordsByPopularity(query, genre, year, yearFrom, yearTo, kind, language, drafts,
                    afterNumber, afterId, limit);
        };
    }

    /** The decade facet of a search with words, leaving its year filters out. */
    List<TitleFacetRow> wordsDecades(String query) {
        return titles.wordsDecades(query, genre, kind, language, search.includeUnpublished());
    }

    RecentDecadeCounts.Key decadesKey(String query) {
        return new RecentDecadeCounts.Key(query, genre, kind, language, search.includeUnpublished());
    }

    boolean filtersYears() {
        return year != null || yearFrom != null || yearTo != null;
    }

    /** The page of a search without words (never sorted by relevance: TitleSearch falls back to TITLE). */
    List<TitleSearchRow> page() {
        boolean drafts = search.includeUnpublished();
        return switch (search.sort()) {
            case YEAR -> titles.browseByYear(genre, year, yearFrom, yearTo, kind, language, drafts, afterNumber,
                    afterId, limit);
            case TITLE, RELEVANCE -> titles.browseByTitle(genre, year, yearFrom, yearTo, kind, language, drafts,
                    afterName, afterId, limit);
            case POPULARITY -> titles.browseByPopularity(genre, year, yearFrom, yearTo, kind, language, drafts,
                    afterNumber, afterId, limit);
        };
    }

    /**
     * The facets of a search without words: from the counts the database keeps, so browsing the
     * whole catalog costs what browsing a genre does; counted over the titles only when a
     * language is asked for, which those counts do not have.
     */
    List<TitleFacetRow> facets() {
        if (language == null) {
            return titles.browseFacetCounts(genre, year, yearFrom, yearTo, kind, search.includeUnpublished());
        }
        return titles.browseFacets(genre, year, yearFrom, yearTo, kind, language, search.includeUnpublished());
    }
}
