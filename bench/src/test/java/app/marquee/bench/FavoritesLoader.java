package app.marquee.bench;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Fills the library of a loaded catalog through COPY, as {@link CatalogLoader} fills the catalog: a
 * crowd of accounts (one per five titles, a placeholder password hash: they never sign in) keeping
 * about ten favorites per title between them, 10 to 90 each (50 on average: 20,000 accounts and
 * about 1,000,000 favorites over 100,000 titles), and exactly {@value #VIEWER_FAVORITES} for each of the
 * benchmark's viewers. Audiences are skewed: published titles ranked by the catalog's popularity,
 * each draw takes the title of rank {@code floor(n * u^2.5)} for a uniform {@code u}, as
 * {@code RecommendationScaleTest}'s catalog does: over 100,000 titles the first comes up in one draw
 * of a hundred, the top 1 % in one of six, and nearly every title still has a fan or two. Favorites
 * were added over the past three years. The favorites' own triggers keep {@code title_audience} as
 * in production; the caller decides the transaction. The same seed writes the same library.
 */
final class FavoritesLoader {
    static final int VIEWER_FAVORITES = 50;
    private static final int TITLES_PER_ACCOUNT = 5;
    private static final int ROWS_PER_COPY = 200_000;
    private static final Duration SPREAD = Duration.ofDays(3 * 365);
    private final Connection connection;
    private final CopyManager copy;
    private final Random random = new Random(2027);
    private final Instant now = Instant.now();

    FavoritesLoader(Connection connection) throws SQLException {
        this.connection = connection;
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
    }

    /** Writes the crowd and the viewers' favorites; returns how many favorites were written. */
    long load(List<UUID> viewers) throws SQLException, IOException {
        List<UUID> titles = publishedByPopularity();
        int accounts = Math.max(1, catalogSize() / TITLES_PER_ACCOUNT);
        List<UUID> crowd = crowd(accounts);
        Rows favorites = new Rows("COPY favorites (account_id, title_id, added_at) FROM STDIN");
        for (UUID account : crowd) {
            favor(favorites, account, titles, 10 + random.nextInt(81));
        }
        for (UUID viewer : viewers) {
            favor(favorites, viewer, titles, VIEWER_FAVORITES);
        }
        favorites.flush();
        BenchStand.say("wrote %,d accounts and %,d favorites (%d viewers with %d each)", accounts,
                favorites.written, viewers.size(), VIEWER_FAVORITES);
        return favorites.written;
    }

    private int catalogSize() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT count(*) FROM titles")) {
            row.next();
            return row.getInt(1);
        }
    }

    private List<UUID> publishedByPopularity() throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT id FROM titles WHERE status = 'PUBLISHED' ORDER BY popularity DESC, id")) {
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
        }
        if (ids.size() < 2 * VIEWER_FAVORITES) {
            throw new IllegalStateException("too few published titles for " + VIEWER_FAVORITES + " favorites each");
        }
        return ids;
    }

    private List<UUID> crowd(int count) throws SQLException, IOException {
        List<UUID> ids = new ArrayList<>(count);
        Rows rows = new Rows("COPY accounts (id, email, password_hash, display_name, language, role, status, "
                + "created_at, updated_at) FROM STDIN");
        String joined = now.minus(SPREAD).minus(Duration.ofDays(1)).toString();
        for (int i = 0; i < count; i++) {
            UUID id = new UUID(random.nextLong(), random.nextLong());
            ids.add(id);
            rows.add(id + "\tcrowd-" + i + "@example.org\tplaceholder\tViewer " + i + "\tEN\tUSER\tACTIVE\t"
                    + joined + '\t' + joined);
        }
        rows.flush();
        return ids;
    }

    private void favor(Rows favorites, UUID account, List<UUID> titles, int count) throws SQLException, IOException {
        Set<Integer> ranks = new HashSet<>();
        while (ranks.size() < count) {
            ranks.add((int) Math.floor(titles.size() * Math.pow(random.nextDouble(), 2.5)));
        }
        for (int rank : ranks) {
            Instant added = now.minusSeconds((long) (random.nextDouble() * SPREAD.toSeconds()));
            favorites.add(account + "\t" + titles.get(rank) + '\t' + added);
        }
    }

    /** COPY text rows, sent a few hundred thousand at a time. */
    private final class Rows {
        private final String sql;
        private final StringBuilder text = new StringBuilder();
        private int pending;
        private long written;

        Rows(String sql) {
            this.sql = sql;
        }

        void add(String row) throws SQLException, IOException {
            text.append(row).append('\n');
            if (++pending == ROWS_PER_COPY) {
                flush();
            }
        }

        void flush() throws SQLException, IOException {
            if (pending > 0) {
                written += copy.copyIn(sql, new StringReader(text.toString()));
                text.setLength(0);
                pending = 0;
            }
        }
    }
}
