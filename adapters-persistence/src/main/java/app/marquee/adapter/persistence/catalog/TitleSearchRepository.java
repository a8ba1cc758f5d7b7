package app.marquee.adapter.persistence.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.UUID;

/**
 * The catalog search, in SQL (see {@link TitleSearchSql}). A search with words first turns them
 * into a full-text query ({@link #wordsQuery}), then runs one statement for the page and the
 * facets; a search without words runs one for the page and one for the facets, which reads the
 * counts the database keeps unless a language is asked for.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface TitleSearchRepository extends GenericRepository<TitleRow, UUID> {

    /**
     * Makes the statements of the current transaction planned with their values bound, never with
     * a plan made once for any values: a filter left empty (CAST(:x AS t) IS NULL) and one given
     * call for different indexes, and a plan for any values can use none of them.
     */
    @Query("SELECT set_config('plan_cache_mode', 'force_custom_plan', true)")
    String planWithValues();

    /** The full-text query for the words typed, spelling corrected; none when nothing typed is a word. */
    @Query(TitleSearchSql.WORDS_QUERY)
    @Nullable
    String wordsQuery(String text);

    @Query(TitleSearchSql.WORDS_BY_RELEVANCE)
    List<TitleSearchRow> wordsByRelevance(String query, String text, @Nullable String genre, @Nullable Integer year,
                                          @Nullable Integer yearFrom, @Nullable Integer yearTo,
                                          @Nullable String kind, @Nullable String language,
                                          boolean includeUnpublished, @Nullable Long afterNumber,
                                          @Nullable UUID afterId, int limit);

    @Query(TitleSearchSql.WORDS_BY_YEAR)
    List<TitleSearchRow> wordsByYear(String query, @Nullable String genre, @Nullable Integer year,
                                     @Nullable Integer yearFrom, @Nullable Integer yearTo, @Nullable String kind,
                                     @Nullable String language, boolean includeUnpublished,
                                     @Nullable Long afterNumber, @Nullable UUID afterId, int limit);

    @Query(TitleSearchSql.WORDS_BY_TITLE)
    List<TitleSearchRow> wordsByTitle(String query, @Nullable String genre, @Nullable Integer year,
                                      @Nullable Integer yearFrom, @Nullable Integer yearTo, @Nullable String kind,
                                      @Nullable String language, boolean includeUnpublished,
                                      @Nullable String afterName, @Nullable UUID afterId, int limit);

    @Query(TitleSearchSql.WORDS_BY_POPULARITY)
    List<TitleSearchRow> wordsByPopularity(String query, @Nullable String genre, @Nullable Integer year,
                                           @Nullable Integer yearFrom, @Nullable Integer yearTo,
                                           @Nullable String kind, @Nullable String language,
                                           boolean includeUnpublished, @Nullable Long afterNumber,
                                           @Nullable UUID afterId, int limit);

    @Query(TitleSearchSql.BROWSE_BY_YEAR)
    List<TitleSearchRow> browseByYear(@Nullable String genre, @Nullable Integer year, @Nullable Integer yearFrom,
                                      @Nullable Integer yearTo, @Nullable String kind, @Nullable String language,
                                      boolean includeUnpublished, @Nullable Long afterNumber,
                                      @Nullable UUID afterId, int limit);

    @Query(TitleSearchSql.BROWSE_BY_TITLE)
    List<TitleSearchRow> browseByTitle(@Nullable String genre, @Nullable Integer year, @Nullable Integer yearFrom,
                                       @Nullable Integer yearTo, @Nullable String kind, @Nullable String language,
                                       boolean includeUnpublished, @Nullable String afterName,
                                       @Nullable UUID afterId, int limit);

    @Query(TitleSearchSql.BROWSE_BY_POPULARITY)
    List<TitleSearchRow> browseByPopularity(@Nullable String genre, @Nullable Integer year,
                                            @Nullable Integer yearFrom, @Nullable Integer yearTo,
                                            @Nullable String kind, @Nullable String language,
                                            boolean includeUnpublished, @Nullable Long afterNumber,
                                            @Nullable UUID afterId, int limit);

    @Query(TitleSearchSql.WORDS_DECADES)
    List<TitleFacetRow> wordsDecades(String query, @Nullable String genre, @Nullable String kind,
                                     @Nullable String language, boolean includeUnpublished);

    /** The facets of a search without words nor language, from the counts the database keeps. */
    @Query(TitleSearchSql.BROWSE_FACET_COUNTS)
    List<TitleFacetRow> browseFacetCounts(@Nullable String genre, @Nullable Integer year, @Nullable Integer yearFrom,
                                          @Nullable Integer yearTo, @Nullable String kind,
                                          boolean includeUnpublished);

    /** The facets of a search without words but with a language, counted over the matching titles. */
    @Query(TitleSearchSql.BROWSE_FACETS)
    List<TitleFacetRow> browseFacets(@Nullable String genre, @Nullable Integer year, @Nullable Integer yearFrom,
                                     @Nullable Integer yearTo, @Nullable String kind, @Nullable String language,
                                     boolean includeUnpublished);
}
