package app.marquee.adapter.persistence.catalog;

import app.marquee.adapter.persistence.DatabaseTest;
import app.marquee.adapter.persistence.TestDatabase;
import app.marquee.domain.catalog.popularity.PopularityPolicy;
import app.marquee.domain.catalog.popularity.PopularityRefresh;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long a popularity refresh takes on a large library: 10,000 titles, 100,000 viewers with
 * 1,000,000 favorites (ten each, skewed towards some titles), 300,000 reactions (a fifth of them
 * dislikes), 300,000 finished viewings (half older than the window), 50,000 reviews (one in ten
 * hidden) and 20,000 playlists of five titles. Not part of the build (its name ends in
 * Measurement); run it alone, on the embedded database, with
 * {@code ./mvnw -o -q verify -pl adapters-persistence -am -Dtest=PopularityRefreshMeasurement
 * -Dsurefire.failIfNoSpecifiedTests=false}. It deletes its rows when done.
 */
@MicronautTest(transactional = false)
class PopularityRefreshMeasurement extends DatabaseTest {
    private static final int TITLES = 10_000;
    private static final int VIEWERS = 100_000;

    @Inject
    PopularityPersistenceAdapter popularity;

    @Test
    void refreshingAMillionFavorites() throws SQLException {
        try (Connection connection = TestDatabase.openConnection(); Statement sql = connection.createStatement()) {
            long generating = System.nanoTime();
            generate(sql);
            System.out.printf("generated in %d ms%n", (System.nanoTime() - generating) / 1_000_000);
            try {
                PopularityRefresh first = timed("first refresh (every title changes)");
                assertThat(first).isInstanceOf(PopularityRefresh.Recomputed.class);
                timed("second refresh (nothing changed)");
                sql.execute("DELETE FROM favorites WHERE account_id IN (SELECT id FROM measure_viewers WHERE n % 100 = 0)");
                timed("third refresh (1 % of the viewers dropped their favorites)");
                timed("fourth refresh (nothing changed)");
            } finally {
                cleanUp(sql);
            }
        }
    }

    private PopularityRefresh timed(String what) {
        PopularityPolicy policy = PopularityPolicy.STANDARD;
        long started = System.nanoTime();
        PopularityRefresh result = popularity.refresh(policy, policy.viewingCountsSince(Instant.now()));
        System.out.printf("%s: %d ms, %s%n", what, (System.nanoTime() - started) / 1_000_000, result);
        return result;
    }

    private static void generate(Statement sql) throws SQLException {
        sql.execute("CREATE TABLE measure_titles AS SELECT n, gen_random_uuid() AS id FROM generate_series(0, "
                + (TITLES - 1) + ") n");
        sql.execute("CREATE TABLE measure_viewers AS SELECT n, gen_random_uuid() AS id FROM generate_series(0, "
                + (VIEWERS - 1) + ") n");
        sql.execute("CREATE INDEX ON measure_titles (n)");
        sql.execute("""
                INSERT INTO titles (id, kind, status, name, release_year, runtime_minutes, created_at, updated_at)
                SELECT id, 'MOVIE', 'PUBLISHED', 'Measure ' || n, 1950 + n % 70, 100, now(), now() FROM measure_titles""");
        sql.execute("""
                INSERT INTO accounts (id, email, password_hash, display_name, language, role, status, created_at,
                                      updated_at)
                SELECT id, 'measure-' || n || '@example.org', 'x', 'Viewer', 'EN', 'USER', 'ACTIVE', now(), now()
                  FROM measure_viewers""");
        // Each viewer's picks: a skewed base in each block of 1,000 titles, one title per block, so distinct.
        sql.execute("""
                CREATE TABLE measure_picks AS
                SELECT v.n AS viewer, v.id AS account_id, k, (CAST(floor(1000 * random() ^ 2) AS int) + k * 1000) % 10000 AS title
                  FROM measure_viewers v CROSS JOIN generate_series(0, 9) k""");
        sql.execute("""
                INSERT INTO favorites (account_id, title_id, added_at)
                SELECT p.account_id, t.id, now() FROM measure_picks p JOIN measure_titles t ON t.n = p.title""");
        sql.execute("""
                INSERT INTO title_reactions (account_id, title_id, reaction, reacted_at)
                SELECT p.account_id, t.id, CASE WHEN p.viewer % 5 = 0 THEN 'DISLIKE' ELSE 'LIKE' END, now()
                  FROM measure_picks p JOIN measure_titles t ON t.n = (p.title + 500) % 10000 WHERE p.k < 3""");
        sql.execute("""
                INSERT INTO watch_progress (id, account_id, title_id, position_seconds, runtime_seconds, finished,
                                            completed_at, updated_at)
                SELECT gen_random_uuid(), p.account_id, t.id, 6000, 6000, true, now() - interval '200 days',
                       now() - (p.viewer % 180) * interval '1 day'
                  FROM measure_picks p JOIN measure_titles t ON t.n = (p.title + 250) % 10000 WHERE p.k >= 7""");
        sql.execute("""
                INSERT INTO reviews (id, title_id, account_id, rating, created_at, updated_at, hidden, moderated_by,
                                     moderated_at)
                SELECT gen_random_uuid(), t.id, p.account_id, 4, now(), now(), p.viewer % 10 = 0,
                       CASE WHEN p.viewer % 10 = 0 THEN p.account_id END, CASE WHEN p.viewer % 10 = 0 THEN now() END
                  FROM measure_picks p JOIN measure_titles t ON t.n = p.title WHERE p.k = 0 AND p.viewer % 2 = 0""");
        sql.execute("""
                INSERT INTO playlists (id, account_id, name, name_key, created_at, updated_at)
                SELECT id, id, 'Measure', 'measure', now(), now() FROM measure_viewers WHERE n % 5 = 0""");
        sql.execute("""
                INSERT INTO playlist_items (playlist_id, title_id, position, added_at)
                SELECT p.account_id, t.id, p.k, now()
                  FROM measure_picks p JOIN measure_titles t ON t.n = p.title WHERE p.viewer % 5 = 0 AND p.k < 5""");
        sql.execute("VACUUM ANALYZE favorites, title_reactions, watch_progress, reviews, playlists, playlist_items,"
                + " titles, accounts");
    }

    private static void cleanUp(Statement sql) throws SQLException {
        sql.execute("DELETE FROM playlists WHERE account_id IN (SELECT id FROM measure_viewers)");
        sql.execute("DELETE FROM reviews WHERE account_id IN (SELECT id FROM measure_viewers)");
        sql.execute("DELETE FROM watch_progress WHERE account_id IN (SELECT id FROM measure_viewers)");
        sql.execute("DELETE FROM title_reactions WHERE account_id IN (SELECT id FROM measure_viewers)");
        sql.execute("DELETE FROM favorites WHERE account_id IN (SELECT id FROM measure_viewers)");
        sql.execute("DELETE FROM accounts WHERE id IN (SELECT id FROM measure_viewers)");
        sql.execute("DELETE FROM titles WHERE id IN (SELECT id FROM measure_titles)");
        sql.execute("DROP TABLE measure_picks, measure_viewers, measure_titles");
    }
}
