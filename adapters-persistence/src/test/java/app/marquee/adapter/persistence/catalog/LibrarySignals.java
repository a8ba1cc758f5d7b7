package app.marquee.adapter.persistence.catalog;

import app.marquee.adapter.persistence.TestDatabase;
import app.marquee.domain.catalog.season.EpisodeId;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * What viewers do with titles, written straight into the library's tables (as each library
 * adapter would), for the popularity tests; and a title's popularity read back.
 */
final class LibrarySignals {
    private LibrarySignals() {
    }

    static void favorite(AccountId viewer, TitleId title) {
        run("INSERT INTO favorites (account_id, title_id, added_at) VALUES (?, ?, now())", viewer.value(), title.value());
    }

    static void unfavorite(AccountId viewer, TitleId title) {
        run("DELETE FROM favorites WHERE account_id = ? AND title_id = ?", viewer.value(), title.value());
    }

    static void react(AccountId viewer, TitleId title, String reaction) {
        run("INSERT INTO title_reactions (account_id, title_id, reaction, reacted_at) VALUES (?, ?, ?, now())",
                viewer.value(), title.value(), reaction);
    }

    /** A review, hidden by its own author standing in as moderator when {@code hidden}. */
    static void review(AccountId viewer, TitleId title, boolean hidden) {
        run("""
                INSERT INTO reviews (id, title_id, account_id, rating, created_at, updated_at, hidden, moderated_by,
                                     moderated_at)
                VALUES (?, ?, ?, 4, now(), now(), ?, CASE WHEN ? THEN CAST(? AS uuid) END, CASE WHEN ? THEN now() END)""",
                UUID.randomUUID(), title.value(), viewer.value(), hidden, hidden, viewer.value(), hidden);
    }

    /** A new playlist of the viewer's holding the title. */
    static void playlist(AccountId owner, TitleId title) {
        UUID playlist = UUID.randomUUID();
        run("""
                INSERT INTO playlists (id, account_id, name, name_key, created_at, updated_at, version)
                VALUES (?, ?, ?, ?, now(), now(), 0)""", playlist, owner.value(), "List " + playlist, "list " + playlist);
        run("INSERT INTO playlist_items (playlist_id, title_id, position, added_at) VALUES (?, ?, 0, now())",
                playlist, title.value());
    }

    /** The viewer reached the end of the film (or of the episode, when given), last watched at {@code at}. */
    static void finished(AccountId viewer, TitleId title, EpisodeId episode, Instant at) {
        progress(viewer, title, episode, 6_000, at);
    }

    /** The viewer stopped a third of the way in, at {@code at}. */
    static void started(AccountId viewer, TitleId title, Instant at) {
        progress(viewer, title, null, 2_000, at);
    }

    private static void progress(AccountId viewer, TitleId title, EpisodeId episode, int position, Instant at) {
        boolean finished = position == 6_000;
        run("""
                INSERT INTO watch_progress (id, account_id, title_id, episode_id, position_seconds, runtime_seconds,
                                            finished, completed_at, updated_at)
                VALUES (?, ?, ?, ?, ?, 6000, ?, ?, ?)""", UUID.randomUUID(), viewer.value(), title.value(),
                episode == null ? null : episode.value(), position, finished,
                finished ? Timestamp.from(at) : null, Timestamp.from(at));
    }

    static long popularityOf(TitleId title) {
        return single("SELECT popularity FROM titles WHERE id = ?", title.value());
    }

    /** The row version PostgreSQL stamps on each write: unchanged means the row was not written. */
    static long rowVersionOf(TitleId title) {
        return single("SELECT CAST(CAST(xmin AS text) AS bigint) FROM titles WHERE id = ?", title.value());
    }

    private static long single(String sql, Object... values) {
        try (Connection connection = TestDatabase.openConnection();
             PreparedStatement query = prepared(connection, sql, values);
             ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void run(String sql, Object... values) {
        try (Connection connection = TestDatabase.openConnection();
             PreparedStatement statement = prepared(connection, sql, values)) {
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PreparedStatement prepared(Connection connection, String sql, Object... values)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        return statement;
    }
}
