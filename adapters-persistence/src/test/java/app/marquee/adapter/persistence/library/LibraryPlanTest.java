package app.marquee.adapter.persistence.library;

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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How PostgreSQL runs the statements a title page and a library page call on every view, asked
 * with EXPLAIN: on 2,000 titles, 100 viewers, 40,000 reviews and as many reactions, written in a
 * transaction that is rolled back. Each must reach one title's or one viewer's rows through an
 * index made for it, never by reading every review, reaction or favorite.
 */
@MicronautTest(transactional = false)
class LibraryPlanTest extends DatabaseTest {
    private Connection connection;
    private String titleId;
    private String accountId;

    @BeforeAll
    void writeALargerLibraryThatNoOneElseSees() throws SQLException {
        connection = TestDatabase.openConnection();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE TEMPORARY TABLE plan_titles ON COMMIT DROP AS
                    SELECT i, gen_random_uuid() AS id FROM generate_series(1, 2000) AS i""");
            statement.execute("""
                    CREATE TEMPORARY TABLE plan_viewers ON COMMIT DROP AS
                    SELECT i, gen_random_uuid() AS id FROM generate_series(1, 100) AS i""");
            statement.execute("""
                    INSERT INTO titles (id, kind, status, name, release_year, runtime_minutes, created_at, updated_at)
                    SELECT id, 'MOVIE', 'PUBLISHED', 'Plan ' || i, 2000, 90, now(), now() FROM plan_titles""");
            statement.execute("""
                    INSERT INTO accounts (id, email, password_hash, display_name, language, role, status,
                                          created_at, updated_at)
                    SELECT id, 'plan-' || id || '@example.org', 'x', 'Viewer ' || i, 'EN', 'USER', 'ACTIVE', now(),
                           now() FROM plan_viewers""");
            statement.execute("""
                    INSERT INTO reviews (id, title_id, account_id, rating, created_at, updated_at, hidden,
                                         moderated_by, moderated_at)
                    SELECT gen_random_uuid(), t.id, v.id, 1 + (t.i + v.i) % 5, now() - t.i * interval '1 minute',
                           now(), (t.i + v.i) % 50 = 0, CASE WHEN (t.i + v.i) % 50 = 0 THEN v.id END,
                           CASE WHEN (t.i + v.i) % 50 = 0 THEN now() END
                      FROM plan_titles t JOIN plan_viewers v ON (t.i + v.i) % 5 = 0""");
            statement.execute("""
                    INSERT INTO title_reactions (account_id, title_id, reaction, reacted_at)
                    SELECT v.id, t.id, CASE WHEN t.i % 3 = 0 THEN 'DISLIKE' ELSE 'LIKE' END, now()
                      FROM plan_titles t JOIN plan_viewers v ON (t.i + v.i) % 5 = 1""");
            statement.execute("""
                    INSERT INTO favorites (account_id, title_id, added_at)
                    SELECT v.id, t.id, now() - t.i * interval '1 minute'
                      FROM plan_titles t JOIN plan_viewers v ON (t.i + v.i) % 5 = 2""");
            statement.execute("ANALYZE titles, accounts, reviews, title_reactions, favorites");
            titleId = single(statement, "SELECT id FROM plan_titles WHERE i = 1000");
            accountId = single(statement, "SELECT id FROM plan_viewers WHERE i = 50");
        }
    }

    @AfterAll
    void forgetIt() throws SQLException {
        connection.rollback();
        connection.close();
    }

    @Test
    void aTitlesRatingsAreCountedFromTheirIndexesWithoutReadingEveryReview() throws SQLException {
        String plan = plan(ReviewRepository.RATINGS.replace(":titleId", quoted(titleId)));

        assertThat(plan).contains("reviews_title_visible_rating_idx").contains("title_reactions_title_id_idx")
                .doesNotContain("Seq Scan");
    }

    @Test
    void aTitlesReviewsAndAViewersFavoritesArePagedAlongTheirIndexes() throws SQLException {
        String reviews = plan("""
                SELECT r.id, a.display_name FROM reviews r JOIN accounts a ON a.id = r.account_id
                 WHERE r.title_id = %s AND (false OR NOT r.hidden)
                 ORDER BY r.created_at DESC, r.id DESC LIMIT 21""".formatted(quoted(titleId)));
        String favorites = plan("""
                SELECT title_id FROM favorites WHERE account_id = %s
                   AND (added_at, title_id) < (now(), '00000000-0000-0000-0000-000000000000')
                 ORDER BY added_at DESC, title_id DESC LIMIT 21""".formatted(quoted(accountId)));

        assertThat(reviews).containsPattern("Index Scan (using|on) reviews_title_(created|visible_rating)_idx")
                .doesNotContain("Seq Scan on reviews");
        assertThat(favorites).contains("favorites_account_added_idx").doesNotContain("Sort");
    }

    @Test
    void aViewersExportAndErasureReachOnlyTheirRowsThroughTheirIndexes() throws SQLException {
        String account = quoted(accountId);
        List<String> reads = List.of(PersonalLibraryRepository.FAVORITES, PersonalLibraryRepository.REACTIONS,
                PersonalLibraryRepository.REVIEWS);
        for (String read : reads) {
            assertThat(plan(read.replace(":accountId", account))).as(read).containsPattern("Index (Only )?Scan")
                    .doesNotContain("Seq Scan");
        }
        for (String table : List.of("favorites", "title_reactions", "reviews")) {
            assertThat(plan("DELETE FROM " + table + " WHERE account_id = " + account)).as(table)
                    .containsPattern("Index (Only )?Scan").doesNotContain("Seq Scan");
        }
    }

    private String plan(String sql) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("EXPLAIN " + sql)) {
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

    private static String quoted(String uuid) {
        return "'" + uuid + "'";
    }
}
