package app.marquee.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * Waits, polling the database, until Marquee's own jobs have caught up with a library written
 * behind their back: the co-favorites job has computed every title whose audience moved
 * ({@code title_audience.revision} equal to {@code title_co_favorites_computed.revision}, and no
 * changed fan left to look at: migrations V10 and V13),
 * and the popularity refresh has run since (popularity above 0 for exactly the titles somebody
 * favorites, which holds once the caller zeroed popularity in the favorites' transaction, and
 * favorites are the only signal written). Gives up when neither moves for {@link #STALL}.
 */
final class JobsCatchUp {
    private static final Duration POLL = Duration.ofSeconds(2);
    private static final Duration STALL = Duration.ofMinutes(10);
    private static final Duration REPORT = Duration.ofSeconds(30);
    private static final String BEHIND = """
            SELECT (SELECT count(*) FROM title_audience a
                      LEFT JOIN title_co_favorites_computed n ON n.title_id = a.title_id
                     WHERE n.title_id IS NULL OR n.revision <> a.revision)
                   + (SELECT count(*) FROM co_favorites_changed_fans),
                   (SELECT count(*) FROM title_audience),
                   (SELECT count(*) FROM titles t LEFT JOIN title_audience a ON a.title_id = t.id
                     WHERE (t.popularity > 0) <> (coalesce(a.favorites, 0) > 0))""";

    private JobsCatchUp() {
    }

    /** Returns once both jobs have caught up, printing how long it took. */
    static void await(Connection connection) throws SQLException, InterruptedException {
        long started = System.nanoTime();
        long lastMove = started;
        long lastReport = started;
        long[] last = null;
        while (true) {
            long[] behind = behind(connection);
            long now = System.nanoTime();
            if (behind[0] == 0 && behind[2] == 0) {
                BenchStand.say("co-favorites of %,d titles and popularity computed by Marquee's jobs in %.0f s",
                        behind[1], (now - started) / 1e9);
                return;
            }
            if (last == null || behind[0] != last[0] || behind[2] != last[2]) {
                lastMove = now;
                last = behind;
            } else if (now - lastMove > STALL.toNanos()) {
                throw new IllegalStateException("Marquee's jobs made no progress for " + STALL
                        + ": co-favorites due for " + behind[0] + " titles, popularity stale for " + behind[2]
                        + "; see marquee-preparation.log");
            }
            if (now - lastReport > REPORT.toNanos()) {
                BenchStand.say("… after %.0f s: co-favorites due for %,d of %,d titles, popularity stale for %,d",
                        (now - started) / 1e9, behind[0], behind[1], behind[2]);
                lastReport = now;
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    private static long[] behind(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(BEHIND)) {
            row.next();
            return new long[] {row.getLong(1), row.getLong(2), row.getLong(3)};
        }
    }
}
