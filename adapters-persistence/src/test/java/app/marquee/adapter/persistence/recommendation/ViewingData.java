package app.marquee.adapter.persistence.recommendation;

import app.marquee.adapter.persistence.TestDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A small hand-made catalog and its viewers, written straight in SQL (committed), with names no
 * other test uses. Favorites and reactions go through their tables, so the audience triggers run.
 */
final class ViewingData {
    private final String tag = "r" + UUID.randomUUID().toString().substring(0, 8);
    private final Instant start = Instant.now().truncatedTo(ChronoUnit.MICROS);
    private int tick;

    UUID genre(String slug) {
        UUID id = UUID.randomUUID();
        run("INSERT INTO genres (id, slug, name_en, name_fr) VALUES (?, ?, ?, ?)",
                id, tag + "-" + slug, slug, slug);
        return id;
    }

    UUID person(String name) {
        UUID id = UUID.randomUUID();
        run("INSERT INTO people (id, name) VALUES (?, ?)", id, name);
        return id;
    }

    /** A film in {@code status} with these genres, credited to {@code director} (when given) and {@code actors}. */
    UUID film(String name, String status, UUID genre, UUID director, UUID... actors) {
        UUID id = title(name, "MOVIE", status, genre);
        int position = 0;
        if (director != null) {
            credit(id, position++, director, "DIRECTOR");
        }
        for (UUID actor : actors) {
            credit(id, position++, actor, "ACTOR");
        }
        return id;
    }

    /** A published series of one season of {@code episodes} episodes; returns the series and its episodes' ids. */
    UUID[] series(String name, UUID genre, int episodes) {
        UUID id = title(name, "SERIES", "PUBLISHED", genre);
        UUID season = UUID.randomUUID();
        run("INSERT INTO seasons (id, title_id, number) VALUES (?, ?, 1)", season, id);
        UUID[] ids = new UUID[episodes + 1];
        ids[0] = id;
        for (int n = 1; n <= episodes; n++) {
            ids[n] = UUID.randomUUID();
            run("INSERT INTO episodes (id, season_id, number, name, runtime_minutes) VALUES (?, ?, ?, ?, 45)",
                    ids[n], season, n, "E" + n);
        }
        return ids;
    }

    UUID viewer() {
        UUID id = UUID.randomUUID();
        run("""
                INSERT INTO accounts (id, email, password_hash, display_name, language, role, status, created_at, updated_at)
                VALUES (?, ?, 'x', 'Viewer', 'EN', 'USER', 'ACTIVE', now(), now())""",
                id, tag + "-" + id.toString().substring(0, 8) + "@example.org");
        return id;
    }

    /** Each call happens a second after the last, so histories have an order. */
    void favorite(UUID viewer, UUID... titles) {
        for (UUID title : titles) {
            run("INSERT INTO favorites (account_id, title_id, added_at) VALUES (?, ?, ?)", viewer, title, next());
        }
    }

    void unfavorite(UUID viewer, UUID title) {
        run("DELETE FROM favorites WHERE account_id = ? AND title_id = ?", viewer, title);
    }

    void react(UUID viewer, UUID title, String reaction) {
        run("""
                INSERT INTO title_reactions (account_id, title_id, reaction, reacted_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (account_id, title_id) DO UPDATE SET reaction = EXCLUDED.reaction""",
                viewer, title, reaction, next());
    }

    /** Watched to the end (a film when {@code episode} is null). */
    void finish(UUID viewer, UUID title, UUID episode) {
        Timestamp at = next();
        run("""
                INSERT INTO watch_progress (id, account_id, title_id, episode_id, position_seconds, runtime_seconds,
                                            finished, completed_at, updated_at)
                VALUES (?, ?, ?, ?, 2700, 2700, true, ?, ?)""", UUID.randomUUID(), viewer, title, episode, at, at);
    }

    /** Watched half-way, never finished. */
    void halfWatch(UUID viewer, UUID title) {
        Timestamp at = next();
        run("""
                INSERT INTO watch_progress (id, account_id, title_id, episode_id, position_seconds, runtime_seconds,
                                            finished, completed_at, updated_at)
                VALUES (?, ?, ?, NULL, 3000, 6000, false, NULL, ?)""", UUID.randomUUID(), viewer, title, at);
    }

    void status(UUID title, String status) {
        run("UPDATE titles SET status = ? WHERE id = ?", status, title);
    }

    void popularity(UUID title, long popularity) {
        run("UPDATE titles SET popularity = ? WHERE id = ?", popularity, title);
    }

    /** How many accounts favorite the title, as the database keeps it (0 when it never had one). */
    long audience(UUID title) {
        try (Connection connection = TestDatabase.openConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT coalesce((SELECT favorites FROM title_audience WHERE title_id = ?), 0)")) {
            statement.setObject(1, title);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    long column(UUID title, String column) {
        try (Connection connection = TestDatabase.openConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT " + column + " FROM titles WHERE id = ?")) {
            statement.setObject(1, title);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private UUID title(String name, String kind, String status, UUID genre) {
        UUID id = UUID.randomUUID();
        run("""
                INSERT INTO titles (id, kind, status, name, release_year, runtime_minutes, audio_languages, genre_ids,
                                    created_at, updated_at)
                VALUES (?, ?, ?, ?, 2001, ?, '{en}', ARRAY[CAST(? AS uuid)], now(), now())""",
                id, kind, status, name, kind.equals("MOVIE") ? 100 : null, genre);
        run("INSERT INTO title_genres (title_id, genre_id) VALUES (?, ?)", id, genre);
        return id;
    }

    private void credit(UUID title, int position, UUID person, String role) {
        run("INSERT INTO credits (title_id, position, person_id, role, billing) VALUES (?, ?, ?, ?, ?)",
                title, position, person, role, position + 1);
    }

    private Timestamp next() {
        return Timestamp.from(start.plusSeconds(++tick));
    }

    /** One statement, committed: a change made as another instance (or an editor) would make it. */
    static void run(String sql, Object... values) {
        try (Connection connection = TestDatabase.openConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
