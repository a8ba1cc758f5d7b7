package app.marquee.adapter.persistence.recommendation;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A generated catalog of benchmark size, written by PostgreSQL itself (generate_series, a fixed
 * seed): 18 genres, 100,000 titles (95 % published, 3 % drafts, 2 % archived) of one to three
 * genres, 20,000 people (one director, one writer and four actors per title, 600,000 credits),
 * 20,000 accounts and 1,000,000 favorites, skewed as audiences are (a title's chance falls with
 * its rank to the power 2.5, so a few titles have thousands of fans and most a handful). The
 * viewer measured, {@code scale-viewer@example.org}, has 50 favorites drawn the same way.
 * Triggers are switched off for the load and the audience figures computed once at the end.
 */
final class ScaleCatalog {
    static final String VIEWER_EMAIL = "scale-viewer@example.org";

    private ScaleCatalog() {
    }

    static void load(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("SET session_replication_role = replica");
            sql.execute("SELECT setseed(0.2026)");
            sql.execute("""
                    CREATE TEMPORARY TABLE n_genres AS
                    SELECT i, gen_random_uuid() AS id FROM generate_series(0, 17) AS i""");
            sql.execute("""
                    INSERT INTO genres (id, slug, name_en, name_fr)
                    SELECT id, 'scale-' || i, 'Scale ' || i, 'Échelle ' || i FROM n_genres""");
            sql.execute("""
                    CREATE TEMPORARY TABLE n_people AS
                    SELECT i, gen_random_uuid() AS id FROM generate_series(0, 19999) AS i""");
            sql.execute("INSERT INTO people (id, name) SELECT id, 'Person ' || i FROM n_people");
            sql.execute("""
                    CREATE TEMPORARY TABLE n_titles AS
                    SELECT i, gen_random_uuid() AS id,
                           CASE WHEN random() < 0.95 THEN 'PUBLISHED' WHEN random() < 0.6 THEN 'DRAFT' ELSE 'ARCHIVED' END
                               AS status,
                           (SELECT array_agg(DISTINCT g.id ORDER BY g.id) FROM n_genres g
                             WHERE g.i IN ((s.i * 7) % 18, (s.i * 11 + (s.i % 3)) % 18,
                                           CASE WHEN s.i % 2 = 0 THEN (s.i / 5) % 18 END)) AS genre_ids
                      FROM generate_series(0, 99999) AS s(i)""");
            sql.execute("""
                    INSERT INTO titles (id, kind, status, name, release_year, runtime_minutes, audio_languages,
                                        genre_ids, created_at, updated_at)
                    SELECT id, 'MOVIE', status, 'Scale title ' || i, 1950 + i % 76, 90,
                           CASE WHEN i % 4 = 0 THEN '{fr}'::text[] ELSE '{en}'::text[] END, genre_ids, now(), now()
                      FROM n_titles""");
            sql.execute("""
                    INSERT INTO title_genres (title_id, genre_id)
                    SELECT t.id, g FROM n_titles t, unnest(t.genre_ids) AS g""");
            sql.execute("""
                    INSERT INTO credits (title_id, position, person_id, role, billing)
                    SELECT t.id, c.position, p.id, c.role, c.position + 1
                      FROM n_titles t
                     CROSS JOIN LATERAL (VALUES (0, 'DIRECTOR', (t.i * 13) % 5000),
                                                (1, 'WRITER', 5000 + (t.i * 17) % 5000),
                                                (2, 'ACTOR', 10000 + (t.i * 19) % 10000),
                                                (3, 'ACTOR', 10000 + (t.i * 23 + 1) % 10000),
                                                (4, 'ACTOR', 10000 + (t.i * 29 + 2) % 10000),
                                                (5, 'ACTOR', 10000 + (t.i * 31 + 3) % 10000)) AS c(position, role, person)
                      JOIN n_people p ON p.i = c.person""");
            sql.execute("""
                    CREATE TEMPORARY TABLE n_accounts AS
                    SELECT i, gen_random_uuid() AS id FROM generate_series(0, 19999) AS i""");
            sql.execute("""
                    INSERT INTO accounts (id, email, password_hash, display_name, language, role, status, created_at,
                                          updated_at)
                    SELECT id, CASE WHEN i = 0 THEN '%s' ELSE 'scale-' || i || '@example.org' END, 'x',
                           'Viewer ' || i, 'EN', 'USER', 'ACTIVE', now(), now()
                      FROM n_accounts""".formatted(VIEWER_EMAIL));
            sql.execute("""
                    INSERT INTO favorites (account_id, title_id, added_at)
                    SELECT a.id, t.id, now() - f.k * interval '1 hour'
                      FROM (SELECT DISTINCT ON (account, title) account, title, k
                              FROM (SELECT a.i AS account, floor(100000 * power(random(), 2.5))::int AS title, k
                                      FROM n_accounts a, generate_series(1, 56) AS k) AS raw
                             ORDER BY account, title, k) AS f
                      JOIN n_accounts a ON a.i = f.account
                      JOIN n_titles t ON t.i = f.title
                     WHERE f.account > 0
                     LIMIT 999950""");
            sql.execute("""
                    INSERT INTO favorites (account_id, title_id, added_at)
                    SELECT (SELECT id FROM n_accounts WHERE i = 0), t.id, now() - f.k * interval '1 hour'
                      FROM (SELECT DISTINCT ON (title) title, k
                              FROM (SELECT floor(100000 * power(random(), 2.5))::int AS title, k
                                      FROM generate_series(1, 80) AS k) AS raw
                             ORDER BY title, k) AS f
                      JOIN n_titles t ON t.i = f.title
                     ORDER BY f.k
                     LIMIT 50""");
            sql.execute("""
                    UPDATE titles t SET popularity = f.n
                      FROM (SELECT title_id, count(*) AS n FROM favorites GROUP BY title_id) AS f
                     WHERE f.title_id = t.id""");
            sql.execute("INSERT INTO title_audience (title_id, favorites)"
                    + " SELECT title_id, count(*) FROM favorites GROUP BY title_id");
            sql.execute("SET session_replication_role = origin");
            sql.execute("VACUUM ANALYZE titles, title_genres, credits, people, accounts, favorites");
        }
    }
}
