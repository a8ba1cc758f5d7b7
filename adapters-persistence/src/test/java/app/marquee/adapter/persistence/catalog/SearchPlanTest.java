package app.marquee.adapter.persistence.catalog;

import app.marquee.adapter.persistence.DatabaseTest;
import app.marquee.adapter.persistence.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How PostgreSQL runs the search statements, asked with EXPLAIN (no timing): on 20,000 made-up
 * titles and people, written in a transaction that is rolled back, with the values bound as the
 * adapter binds them (the planner sees them, as it does with the adapter's custom plans). Each
 * statement must reach its rows through the index made for it, not by reading every row.
 */
@MicronautTest(transactional = false)
class SearchPlanTest extends DatabaseTest {
    private static final Pattern PARAMETER = Pattern.compile(":([a-zA-Z]+)");
    private static final String NO_ID = "'00000000-0000-0000-0000-000000000000'";
    private Connection connection;

    @BeforeAll
    void writeALargerCatalogThatNoOneElseSees() throws SQLException {
        connection = TestDatabase.openConnection();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE TEMPORARY TABLE made_up_words ON COMMIT DROP AS
                    SELECT i, (SELECT string_agg(chr(97 + floor(random() * 26)::int), '')
                                 FROM generate_series(1, 5 + i % 6 + 0 * i)) AS word
                      FROM generate_series(1, 40000) AS i""");
            statement.execute("""
                    INSERT INTO titles (id, kind, status, name, release_year, runtime_minutes, created_at, updated_at)
                    SELECT gen_random_uuid(), 'MOVIE', CASE WHEN a.i % 10 = 0 THEN 'DRAFT' ELSE 'PUBLISHED' END,
                           initcap(a.word || ' ' || b.word), 1900 + a.i % 125, 90, now(), now()
                      FROM made_up_words a JOIN made_up_words b ON b.i = a.i + 20000
                     WHERE a.i <= 20000""");
            statement.execute("""
                    INSERT INTO people (id, name)
                    SELECT gen_random_uuid(), initcap(a.word || ' ' || b.word)
                      FROM made_up_words a JOIN made_up_words b ON b.i = 40001 - a.i
                     WHERE a.i <= 20000""");
            // What VACUUM does in a running database: the GIN indexes' pending entries go into the index.
            statement.execute("""
                    SELECT gin_clean_pending_list(CAST(index AS regclass))
                      FROM unnest(ARRAY['titles_search_tsv_idx', 'titles_genre_ids_idx', 'title_words_trgm_idx',
                                        'people_name_trgm_idx']) AS index""");
            statement.execute("ANALYZE titles, title_words, people");
        }
    }

    @AfterAll
    void forgetIt() throws SQLException {
        connection.rollback();
        try (Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("ANALYZE titles, title_words, people");
        }
        connection.close();
    }

    @Test
    void wordsAreMatchedThroughTheFullTextIndex() throws SQLException {
        assertThat(plan(TitleSearchSql.WORDS_BY_RELEVANCE, Map.of("query", "'godfather'", "text", "'godfather'")))
                .contains("Bitmap Index Scan on titles_search_tsv_idx");
        assertThat(plan(TitleSearchSql.WORDS_BY_TITLE, Map.of("query", "'godfather | godfathers'",
                "genre", "'drama'", "kind", "'MOVIE'"))).contains("Bitmap Index Scan on titles_search_tsv_idx");
    }

    @Test
    void aWordNoTitleHasIsCorrectedThroughTheTrigramIndexOfTheCatalogsWords() throws SQLException {
        assertThat(plan(TitleSearchSql.WORDS_QUERY, Map.of("text", "'godfater'")))
                .contains("Bitmap Index Scan on title_words_trgm_idx")
                .contains("Index Only Scan using title_words_pkey");
    }

    @Test
    void browsingReadsTheIndexOfItsSortFromTheCursorOn() throws SQLException {
        assertThat(plan(TitleSearchSql.BROWSE_BY_TITLE, Map.of("afterName", "'m'", "afterId", NO_ID)))
                .contains("Index Scan using titles_listed_name_idx").doesNotContain("Sort Key: t.");
        assertThat(plan(TitleSearchSql.BROWSE_BY_YEAR, Map.of("afterNumber", "2000", "afterId", NO_ID)))
                .contains("Index Scan using titles_listed_year_idx").doesNotContain("Sort Key: t.");
        assertThat(plan(TitleSearchSql.BROWSE_BY_POPULARITY, Map.of()))
                .contains("Index Scan using titles_listed_popularity_idx").doesNotContain("Sort Key: t.");
    }

    @Test
    void peopleAreFoundThroughTheTrigramIndexOfTheirFoldedNames() throws SQLException {
        assertThat(plan(PersonRepository.FIND, Map.of("longest", "'%varda%'", "patterns", "'{%varda%}'")))
                .contains("Bitmap Index Scan on people_name_trgm_idx");
    }

    /** EXPLAIN of {@code sql} with {@code values} (SQL literals) bound, every other parameter NULL. */
    private String plan(String sql, Map<String, String> values) throws SQLException {
        Map<String, String> bound = new HashMap<>(values);
        bound.putIfAbsent("includeUnpublished", "false");
        bound.putIfAbsent("limit", "21");
        bound.putIfAbsent("max", "21");
        Matcher parameter = PARAMETER.matcher(sql);
        StringBuilder explain = new StringBuilder("EXPLAIN ");
        while (parameter.find()) {
            String value = bound.getOrDefault(parameter.group(1), "NULL");
            parameter.appendReplacement(explain, Matcher.quoteReplacement(value));
        }
        parameter.appendTail(explain);
        StringBuilder plan = new StringBuilder();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(explain.toString())) {
            while (rows.next()) {
                plan.append(rows.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }
}
