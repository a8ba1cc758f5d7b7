package app.marquee.adapter.persistence.catalog;

/**
 * The pieces the search statements of {@link TitleSearchRepository} are made of, joined with
 * {@code +} so that each statement stays a compile-time constant for {@code @Query}. Every filter
 * is written {@code (CAST(:x AS t) IS NULL OR ...)}: with the values bound, PostgreSQL drops the
 * filters not given and uses the indexes of those that are (the adapter asks for plans made with
 * the values: {@link TitleSearchRepository#planWithValues()}).
 */
final class TitleSearchSql {
    private TitleSearchSql() {
    }

    /**
     * The full-text query for the words typed ({@code :text}), or none when nothing typed is a
     * word: each word must be found, as typed (folded) or, when no title has that word, as one of
     * the words titles do have that start with it ("fabul" -> "fabuleux") or are spelled closest
     * to it ("godfater" -> "godfather": trigram similarity, through title_words' trigram index).
     * Words under three letters are taken as typed: their trigrams say too little.
     */
    static final String WORDS_QUERY = """
            SELECT string_agg('(' || alternatives || ')', ' & ')
              FROM (SELECT (SELECT string_agg(quote_literal(alternative), ' | ' ORDER BY alternative)
                              FROM (SELECT typed.word AS alternative
                                    UNION
                                    (SELECT w.word FROM title_words w
                                      WHERE w.word >= typed.word AND w.word < typed.word || chr(1114111)
                                        AND length(typed.word) >= 3
                                        AND NOT EXISTS (SELECT 1 FROM title_words k WHERE k.word = typed.word)
                                      ORDER BY w.word
                                      LIMIT 10)
                                    UNION
                                    (SELECT w.word FROM title_words w
                                      WHERE w.word % typed.word AND similarity(w.word, typed.word) >= 0.4
                                        AND length(typed.word) >= 3
                                        AND NOT EXISTS (SELECT 1 FROM title_words k WHERE k.word = typed.word)
                                      ORDER BY similarity(w.word, typed.word) DESC, w.word
                                      LIMIT 10)) alternatives) AS alternatives
                      FROM (SELECT word COLLATE "C" AS word
                              FROM unnest(tsvector_to_array(to_tsvector('simple', marquee_fold(:text)))) AS w(word)
                           ) typed
                   ) per_word
            """;

    /** Who sees what: PUBLISHED for everyone, DRAFT too for admins, ARCHIVED never. */
    private static final String LISTED = """
            t.status IN ('DRAFT', 'PUBLISHED')
               AND (t.status = 'PUBLISHED' OR CAST(:includeUnpublished AS boolean))
            """;

    /** The year filters: what the decade facet leaves out, as the genre facet leaves out the genre. */
    private static final String IN_YEARS = """
            ((CAST(:year AS integer) IS NULL OR t.release_year = :year)
               AND (CAST(:yearFrom AS integer) IS NULL OR t.release_year >= :yearFrom)
               AND (CAST(:yearTo AS integer) IS NULL OR t.release_year <= :yearTo))
            """;

    private static final String OF_KIND = """
               AND (CAST(:kind AS text) IS NULL OR t.kind = :kind)
            """;

    /** Every filter but the words, the genre and the years. */
    private static final String OTHER_FILTERS = OF_KIND + """
               AND (CAST(:language AS text) IS NULL
                    OR t.audio_languages @> ARRAY[CAST(:language AS text)]
                    OR t.subtitle_languages @> ARRAY[CAST(:language AS text)])
            """;

    private static final String IN_GENRE = """
            (CAST(:genre AS text) IS NULL OR t.genre_ids @> ARRAY(SELECT g.id FROM genres g WHERE g.slug = :genre))
            """;

    /** What a page shows of a title {@code t}. */
    private static final String SUMMARY = """
            t.id, t.kind, t.name, t.original_name, t.release_year, t.runtime_minutes, t.age_rating, t.status,
                   t.poster_blob_key, t.poster_media_type, t.poster_width, t.poster_height, t.poster_bytes,
                   t.poster_sha256,
                   ARRAY(SELECT g.slug FROM genres g WHERE g.id = ANY (t.genre_ids) ORDER BY g.slug) AS genre_slugs
            """;

    /**
     * The two facets over {@code matches}, each leaving out its own filter, as faceted search does
     * (a facet shows where else one could go): every genre among the matches in the years, and
     * the decades of the matches in the genre.
     */
    private static final String FACETS = """
            SELECT 'GENRE' AS part, g.slug AS facet_value, f.count AS facet_count
              FROM (SELECT genre_id, count(*) AS count
                      FROM matches m, unnest(m.genre_ids) AS genre_id
                     WHERE m.in_years
                     GROUP BY genre_id) f
              JOIN genres g ON g.id = f.genre_id
            UNION ALL
            SELECT 'DECADE', CAST(m.release_year / 10 * 10 AS text), count(*)
              FROM matches m
             WHERE m.in_genre
             GROUP BY m.release_year / 10 * 10
            """;

    /** The titles matching every filter but the genre and the years, marked with whether they are in each. */
    private static final String MARKED = IN_GENRE + " AS in_genre, " + IN_YEARS + """
                        AS in_years
                  FROM titles t
                 WHERE
            """;

    /** Only the titles in the genre or in the years count somewhere: the page, or one facet. */
    private static final String IN_GENRE_OR_YEARS = " AND (" + IN_GENRE + " OR " + IN_YEARS + ")\n";

    /*
     * A search with words: every title matching the words and every filter but the genre, read
     * once; the page is taken from those in the genre, the genre facet counts all of them and the
     * decade facet those in the genre. With a year filter, the decade facet must not be narrowed
     * by it, and is counted apart (WORDS_DECADES: the adapter keeps those counts a while, for they
     * cost what counting every match of the words in the genre costs). The statement is
     * WORDS_MATCH + a score + WORDS_PAGE + order + WORDS_AFTER + cursor condition + WORDS_ORDER +
     * order + WORDS_ANSWER.
     */
    private static final String WORDS_MATCH = """
            WITH matches AS MATERIALIZED (
                SELECT t.id, t.release_year, t.sort_name, t.popularity, t.search_tsv, t.genre_ids,
            """ + MARKED + LISTED + """
                   AND t.search_tsv @@ to_tsquery('simple', :query)
            """ + OTHER_FILTERS + " AND " + IN_YEARS + """
            ), candidates AS (
                SELECT m.id, m.release_year, m.sort_name, m.popularity,
            """;

    private static final String WORDS_PAGE = """
                       AS score
                  FROM matches m
                 WHERE m.in_genre
            ), page AS (
                SELECT c.id, c.score, row_number() OVER (ORDER BY
            """;

    private static final String WORDS_AFTER = """
                       ) AS position
                  FROM candidates c
                 WHERE
            """;

    private static final String WORDS_ORDER = """
                 ORDER BY
            """;

    private static final String WORDS_ANSWER = """
                 LIMIT :limit
            ), items AS (
                SELECT 'ITEM' AS part, p.position,
            """ + SUMMARY + """
                     , p.score, t.sort_name, t.popularity
                  FROM page p JOIN titles t ON t.id = p.id
            ), facets AS (
            """ + FACETS + """
            )
            SELECT i.*, CAST(NULL AS text) AS facet_value, CAST(NULL AS bigint) AS facet_count FROM items i
            UNION ALL
            SELECT f.part, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
                   NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, f.facet_value, f.facet_count
              FROM facets f
            """;

    /**
     * Relevance: the words' full-text rank (a word of the name weighs more than one of the
     * original name) plus how close the whole name is to what was typed, so "Amélie" comes before
     * "Amélie and the Others" for "amelie"; scaled to an integer so the cursor repeats it exactly.
     */
    private static final String RELEVANCE = """
                       CAST(round(1000000 * (ts_rank(m.search_tsv, to_tsquery('simple', :query))
                                             + similarity(marquee_fold(:text), m.sort_name))) AS bigint)
            """;

    private static final String NO_SCORE = " CAST(NULL AS bigint) ";

    /*
     * After the cursor in a descending order with ties by id; the bound alone serves an index. These
     * fragments differ only by column, but they feed @Query annotations, which need compile-time
     * constants, so they cannot be built by a method.
     */
    private static final String AFTER_C_SCORE = """
             (CAST(:afterNumber AS bigint) IS NULL
              OR (c.score <= :afterNumber AND (c.score < :afterNumber OR c.id > :afterId)))
            """;
    private static final String AFTER_C_YEAR = """
             (CAST(:afterNumber AS bigint) IS NULL
              OR (c.release_year <= :afterNumber AND (c.release_year < :afterNumber OR c.id > :afterId)))
            """;
    private static final String AFTER_C_POPULARITY = """
             (CAST(:afterNumber AS bigint) IS NULL
              OR (c.popularity <= :afterNumber AND (c.popularity < :afterNumber OR c.id > :afterId)))
            """;
    private static final String AFTER_C_NAME = """
             (CAST(:afterName AS text) IS NULL OR (c.sort_name, c.id) > (:afterName, :afterId))
            """;
    private static final String AFTER_T_YEAR = """
             (CAST(:afterNumber AS bigint) IS NULL
              OR (t.release_year <= :afterNumber AND (t.release_year < :afterNumber OR t.id > :afterId)))
            """;
    private static final String AFTER_T_POPULARITY = """
             (CAST(:afterNumber AS bigint) IS NULL
              OR (t.popularity <= :afterNumber AND (t.popularity < :afterNumber OR t.id > :afterId)))
            """;
    private static final String AFTER_T_NAME = """
             (CAST(:afterName AS text) IS NULL OR (t.sort_name, t.id) > (:afterName, :afterId))
            """;

    static final String WORDS_BY_RELEVANCE = WORDS_MATCH + RELEVANCE + WORDS_PAGE + " c.score DESC, c.id "
            + WORDS_AFTER + AFTER_C_SCORE + WORDS_ORDER + " c.score DESC, c.id " + WORDS_ANSWER;
    static final String WORDS_BY_YEAR = WORDS_MATCH + NO_SCORE + WORDS_PAGE + " c.release_year DESC, c.id "
            + WORDS_AFTER + AFTER_C_YEAR + WORDS_ORDER + " c.release_year DESC, c.id " + WORDS_ANSWER;
    static final String WORDS_BY_TITLE = WORDS_MATCH + NO_SCORE + WORDS_PAGE + " c.sort_name, c.id "
            + WORDS_AFTER + AFTER_C_NAME + WORDS_ORDER + " c.sort_name, c.id " + WORDS_ANSWER;
    static final String WORDS_BY_POPULARITY = WORDS_MATCH + NO_SCORE + WORDS_PAGE + " c.popularity DESC, c.id "
            + WORDS_AFTER + AFTER_C_POPULARITY + WORDS_ORDER + " c.popularity DESC, c.id " + WORDS_ANSWER;

    /*
     * A page without words: the listed titles in the filters, read in the order of the sort's
     * index from the cursor on, and no further than the page. BROWSE_SELECT + order +
     * BROWSE_WHERE + cursor condition + BROWSE_ORDER + order + BROWSE_LIMIT.
     */
    private static final String BROWSE_SELECT = """
            SELECT 'ITEM' AS part, row_number() OVER (ORDER BY
            """;

    private static final String BROWSE_WHERE = """
                   ) AS position,
            """ + SUMMARY + """
                 , CAST(NULL AS bigint) AS score, t.sort_name, t.popularity,
                   CAST(NULL AS text) AS facet_value, CAST(NULL AS bigint) AS facet_count
              FROM titles t
             WHERE
            """ + LISTED + OTHER_FILTERS + " AND " + IN_YEARS + " AND " + IN_GENRE + " AND ";

    private static final String BROWSE_ORDER = " ORDER BY ";

    private static final String BROWSE_LIMIT = " LIMIT :limit";

    static final String BROWSE_BY_YEAR = BROWSE_SELECT + " t.release_year DESC, t.id " + BROWSE_WHERE + AFTER_T_YEAR
            + BROWSE_ORDER + " t.release_year DESC, t.id " + BROWSE_LIMIT;
    static final String BROWSE_BY_TITLE = BROWSE_SELECT + " t.sort_name, t.id " + BROWSE_WHERE + AFTER_T_NAME
            + BROWSE_ORDER + " t.sort_name, t.id " + BROWSE_LIMIT;
    static final String BROWSE_BY_POPULARITY = BROWSE_SELECT + " t.popularity DESC, t.id " + BROWSE_WHERE
            + AFTER_T_POPULARITY + BROWSE_ORDER + " t.popularity DESC, t.id " + BROWSE_LIMIT;

    /** The decade facet of a search with words and a year filter: every filter but the years. */
    static final String WORDS_DECADES = """
            SELECT 'DECADE' AS part, CAST(t.release_year / 10 * 10 AS text) AS facet_value, count(*) AS facet_count
              FROM titles t
             WHERE
            """ + LISTED + """
               AND t.search_tsv @@ to_tsquery('simple', :query)
            """ + OTHER_FILTERS + " AND " + IN_GENRE + """
             GROUP BY t.release_year / 10 * 10
            """;

    /**
     * The facets of a search without words but with a language: the same counts as with words,
     * over the filters alone (the counts kept by the database have no language).
     */
    static final String BROWSE_FACETS = """
            WITH matches AS MATERIALIZED (
                SELECT t.release_year, t.genre_ids,
            """ + MARKED + LISTED + OTHER_FILTERS + IN_GENRE_OR_YEARS + ")\n" + FACETS;

    /*
     * The facets of a search without words nor language, from the counts the database keeps per
     * status, kind, genre and year (V6__title_facet_counts.sql), aliased t so the filters above
     * read them as they read titles: a few thousand rows summed instead of the catalog counted.
     */
    private static final String COUNTED = LISTED + OF_KIND;

    static final String BROWSE_FACET_COUNTS = """
            SELECT 'GENRE' AS part, g.slug AS facet_value, CAST(sum(t.titles) AS bigint) AS facet_count
              FROM title_genre_year_counts t JOIN genres g ON g.id = t.genre_id
             WHERE
            """ + COUNTED + " AND " + IN_YEARS + """
             GROUP BY g.slug
            HAVING sum(t.titles) > 0
            UNION ALL
            SELECT 'DECADE', CAST(t.release_year / 10 * 10 AS text), CAST(sum(t.titles) AS bigint)
              FROM title_year_counts t
             WHERE CAST(:genre AS text) IS NULL AND
            """ + COUNTED + """
             GROUP BY t.release_year / 10 * 10
            HAVING sum(t.titles) > 0
            UNION ALL
            SELECT 'DECADE', CAST(t.release_year / 10 * 10 AS text), CAST(sum(t.titles) AS bigint)
              FROM title_genre_year_counts t JOIN genres g ON g.id = t.genre_id
             WHERE g.slug = :genre AND
            """ + COUNTED + """
             GROUP BY t.release_year / 10 * 10
            HAVING sum(t.titles) > 0
            """;
}
