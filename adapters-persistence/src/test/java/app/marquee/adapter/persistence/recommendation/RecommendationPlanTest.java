package app.marquee.adapter.persistence.recommendation;

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
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How PostgreSQL runs the recommendation statements, asked with EXPLAIN on 5,000 titles, 500
 * viewers and 25,000 favorites written in a transaction that is rolled back: a viewer's history
 * through the viewer's own indexes, candidates through the favorites', credits' and popularity
 * indexes, each source stopping at its bound, never reading a whole table of favorites, credits
 * or titles.
 */
@MicronautTest(transactional = false)
class RecommendationPlanTest extends DatabaseTest {
    private Connection connection;
    private Map<String, String> values;

    @BeforeAll
    void writeACatalogThatNoOneElseSees() throws SQLException {
        connection = TestDatabase.openConnection();
        connection.setAutoCommit(false);
        try (Statement sql = connection.createStatement()) {
            sql.execute("""
                    CREATE TEMPORARY TABLE plan_titles ON COMMIT DROP AS
                    SELECT i, gen_random_uuid() AS id FROM generate_series(1, 5000) AS i""");
            sql.execute("""
                    CREATE TEMPORARY TABLE plan_people ON COMMIT DROP AS
                    SELECT i, gen_random_uuid() AS id FROM generate_series(1, 1000) AS i""");
            sql.execute("""
                    CREATE TEMPORARY TABLE plan_viewers ON COMMIT DROP AS
                    SELECT i, gen_random_uuid() AS id FROM generate_series(1, 500) AS i""");
            sql.execute("INSERT INTO genres (id, slug, name_en, name_fr) VALUES (gen_random_uuid(), 'plan-rec', 'P', 'P')");
            sql.execute("""
                    INSERT INTO titles (id, kind, status, name, release_year, runtime_minutes, genre_ids, popularity,
                                        created_at, updated_at)
                    SELECT t.id, 'MOVIE', CASE WHEN t.i % 20 = 0 THEN 'DRAFT' ELSE 'PUBLISHED' END, 'Plan ' || t.i, 2000,
                           90, ARRAY[g.id], t.i % 97, now(), now()
                      FROM plan_titles t, genres g WHERE g.slug = 'plan-rec'""");
            sql.execute("INSERT INTO title_genres SELECT t.id, g.id FROM plan_titles t, genres g WHERE g.slug = 'plan-rec'");
            sql.execute("INSERT INTO people (id, name) SELECT id, 'Plan person ' || i FROM plan_people");
            sql.execute("""
                    INSERT INTO credits (title_id, position, person_id, role, billing)
                    SELECT t.id, 0, p.id, 'DIRECTOR', 1 FROM plan_titles t JOIN plan_people p ON p.i = 1 + t.i % 1000""");
            sql.execute("""
                    INSERT INTO accounts (id, email, password_hash, display_name, language, role, status, created_at,
                                          updated_at)
                    SELECT id, 'plan-rec-' || id || '@example.org', 'x', 'V', 'EN', 'USER', 'ACTIVE', now(), now()
                      FROM plan_viewers""");
            sql.execute("""
                    INSERT INTO favorites (account_id, title_id, added_at)
                    SELECT v.id, t.id, now() FROM plan_viewers v JOIN plan_titles t ON (t.i * 7 + v.i) % 100 = 0""");
            sql.execute("ANALYZE titles, credits, people, accounts, favorites, title_genres, title_audience");
            values = Map.of(
                    "viewer", single(sql, "SELECT '''' || id || '''' FROM plan_viewers WHERE i = 3"),
                    "liked", single(sql, "SELECT '''' || array_agg(id)::text || '''' FROM plan_titles WHERE i <= 5"),
                    "candidates", single(sql, "SELECT '''' || array_agg(id)::text || '''' FROM plan_titles WHERE i <= 1000"),
                    "people", single(sql, "SELECT '''' || array_agg(id)::text || '''' FROM plan_people WHERE i <= 5"),
                    "tastePeople", single(sql, "SELECT '''' || array_agg(id)::text || '''' FROM plan_people WHERE i <= 300"),
                    "genres", single(sql, "SELECT '''' || array_agg(id)::text || '''' FROM genres WHERE slug = 'plan-rec'"));
        }
    }

    @AfterAll
    void forgetIt() throws SQLException {
        connection.rollback();
        connection.close();
    }

    @Test
    void aViewersHistoryIsReadThroughTheViewersOwnIndexes() throws SQLException {
        String plan = plan(RecommendationSql.HISTORY.replace(":viewer", values.get("viewer")));

        assertThat(plan).doesNotContain("Seq Scan on favorites").doesNotContain("Seq Scan on title_reactions")
                .doesNotContain("Seq Scan on watch_progress");
    }

    @Test
    void theLikedTitlesCoFavoritesAreReadThroughTheirKey() throws SQLException {
        String plan = plan(RecommendationSql.CO_FAVORITES_OF.replace(":ids", values.get("liked")));

        assertThat(plan).contains("title_co_favorites_pkey").doesNotContain("Seq Scan on title_co_favorites");
    }

    @Test
    void theCoFavoritesStatementKeepsAGoodPlanWhenPlannedForAnyValues() throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("PREPARE co_favorites_generically(text) AS " + RecommendationSql.CO_FAVORITES_OF
                    .replace(":ids", "$1"));
            sql.execute("SET LOCAL plan_cache_mode = force_generic_plan");
        }
        String plan = plan("EXPLAIN EXECUTE co_favorites_generically(%s)".formatted(values.get("liked")), "");

        assertThat(plan).contains("title_co_favorites_pkey").doesNotContain("Seq Scan on title_co_favorites");
    }

    @Test
    void eachGenresAndTheCatalogsMostPopularTitlesWalkThePopularityIndexAndStopAtTheirBound() throws SQLException {
        String genres = plan(RecommendationSql.TOP_TITLES_OF_GENRES.replace(":genres", values.get("genres"))
                .replace(":kept", "30"));
        String overall = plan(RecommendationSql.MOST_POPULAR_TITLES.replace(":kept", "30"));

        assertThat(genres).contains("titles_listed_popularity_idx").doesNotContain("Seq Scan on titles");
        assertThat(overall).contains("titles_listed_popularity_idx").contains("Limit")
                .doesNotContain("Seq Scan on titles");
    }

    @Test
    void aPersonsMostPopularTitlesAreReadFromTheirCreditsAndTheTitlesCoveringIndex() throws SQLException {
        String plan = plan(RecommendationSql.TOP_TITLES_OF_PEOPLE.replace(":people", values.get("people"))
                .replace(":kept", "10"));

        assertThat(plan).contains("credits_person_title_idx").contains("titles_published_popularity_idx")
                .doesNotContain("Seq Scan on credits").doesNotContain("Seq Scan on titles");
    }

    @Test
    void coFavoritesAreRecomputedFromASampleOfEachTitlesFansThroughTheirIndexes() throws SQLException {
        String plan = plan(RecommendationSql.RECOMPUTE_CO_FAVORITES.replace(":ids", values.get("liked")).replace(":fansPerTitle", "100")
                .replace(":favoritesPerFan", "30").replace(":kept", "100"));

        assertThat(plan).contains("favorites_title_id_idx").contains("favorites_account_added_idx")
                .doesNotContain("Seq Scan on favorites");
    }

    @Test
    void aThousandCandidatesFeaturesAreReadThroughKeysNeverByHashingEveryAudience() throws SQLException {
        String plan = plan(RecommendationSql.FEATURES.replace(":ids", values.get("candidates")));

        assertThat(plan).contains("title_audience_pkey").doesNotContain("Seq Scan on title_audience");
    }

    @Test
    void theCreditsOfTitlesMissingFromTheCacheAreReadThroughTheTitlesKeys() throws SQLException {
        String plan = plan(RecommendationSql.CREDITS.replace(":ids", values.get("liked")));

        assertThat(plan).contains("credits_pkey").doesNotContain("Seq Scan on credits");
    }

    @Test
    void theFinalPicksStatusIsReadThroughTheTitlesKey() throws SQLException {
        String plan = plan(RecommendationSql.PUBLISHED_AMONG.replace(":ids", values.get("liked")));

        assertThat(plan).containsAnyOf("titles_pkey", "titles_published_popularity_idx")
                .doesNotContain("Seq Scan on titles");
    }

    @Test
    void theViewersOwnTitlesNamesAndStatusAreReadThroughTheTitlesKey() throws SQLException {
        String plan = plan(RecommendationSql.TITLE_STATES.replace(":ids", values.get("liked")));

        assertThat(plan).contains("titles_pkey").doesNotContain("Seq Scan on titles");
    }

    @Test
    void theNamesOfAViewersThreeHundredPeopleAreReadByKeyNeverByScanningEveryone() throws SQLException {
        String plan = plan(RecommendationSql.PEOPLE_NAMES.replace(":ids", values.get("tastePeople")));

        assertThat(plan).contains("people_pkey").doesNotContain("Seq Scan on people");
    }

    @Test
    void aNicheGenreIsReadThroughItsOwnTitlesInsteadOfWalkingTheWholeCatalog() throws SQLException {
        String niche;
        try (Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO genres (id, slug, name_en, name_fr) VALUES (gen_random_uuid(), 'plan-niche', 'N', 'N')");
            sql.execute("""
                    UPDATE titles SET genre_ids = genre_ids || (SELECT id FROM genres WHERE slug = 'plan-niche')
                     WHERE id IN (SELECT id FROM plan_titles WHERE i BETWEEN 100 AND 102)""");
            niche = single(sql, "SELECT '''' || array_agg(id)::text || '''' FROM genres WHERE slug = 'plan-niche'");
        }

        String plan = plan("EXPLAIN (ANALYZE, COSTS OFF) ", RecommendationSql.TOP_TITLES_OF_GENRES
                .replace(":genres", niche).replace(":kept", "100"));

        assertThat(plan.lines().filter(line -> line.contains("titles_genre_ids_idx")))
                .isNotEmpty().noneMatch(line -> line.contains("never executed"));
        assertThat(plan).contains("never executed");
    }

    private String plan(String sql) throws SQLException {
        return plan("EXPLAIN ", sql);
    }

    private String plan(String explain, String sql) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(explain + sql)) {
            while (rows.next()) {
                plan.append(rows.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
