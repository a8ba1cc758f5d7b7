package app.marquee.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Issue 3's recommendations target: {@code GET /api/v1/me/recommendations?limit=20} for a viewer
 * with 50 favorites, among 20,000 accounts keeping about 1,000,000 favorites over 100,000 titles
 * (ten per title, at any size). Each request is one of {@value #VIEWERS} viewers, drawn at random,
 * with its own bearer token.
 *
 * <p>Preparing it: the viewers registered through the API, then the crowd and every favorite
 * written by COPY in one transaction ({@link FavoritesLoader}), popularity zeroed in it; then Marquee's
 * own jobs compute co-favorites and popularity as in production, run every few seconds for the
 * occasion, until they have caught up ({@link JobsCatchUp}: minutes at 100,000 titles); then
 * {@code VACUUM ANALYZE}, the viewers sign in, and one of them is checked to be recommended
 * something (an empty list would measure nothing). Marquee is then started again with production's
 * settings (jobs every minute and every 10 minutes), same JWT secret, so the tokens stay good for
 * their 15 minutes: warm-up and measurement together must stay under about 14.
 */
final class RecommendationScenario implements BenchScenario {
    static final String PATH = "/api/v1/me/recommendations";
    private static final int VIEWERS = 200;
    private volatile List<String> tokens = List.of();

    @Override
    public String name() {
        return "recommendations";
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public BenchRequest next(Random random) {
        List<String> viewers = tokens;
        if (viewers.isEmpty()) {
            throw new IllegalStateException("the viewers have not signed in: prepare first");
        }
        return new BenchRequest(PATH + "?limit=20", viewers.get(random.nextInt(viewers.size())));
    }

    @Override
    public Map<String, String> preparationSettings() {
        return Map.of("MARQUEE_CO_FAVORITES_REFRESH", "5s", "MARQUEE_POPULARITY_REFRESH", "10s");
    }

    @Override
    public void prepare(Connection connection, MarqueeProcess marquee) throws Exception {
        BenchViewers viewers = new BenchViewers(marquee.baseUrl());
        long started = System.nanoTime();
        List<UUID> ids = viewers.register(VIEWERS);
        BenchStand.say("registered %d viewers through the API in %.1f s", VIEWERS, (System.nanoTime() - started) / 1e9);
        started = System.nanoTime();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            // The popularity refresh's own lock (PopularityRepository): its rounds skip meanwhile, as
            // for another instance's, instead of rewriting the titles' rows beside (or against) ours.
            statement.execute("SELECT pg_advisory_xact_lock(hashtextextended('titles-popularity-refresh', 0))");
            new FavoritesLoader(connection).load(ids);
            // Until the refresh has run on these favorites, a favorited title shows 0 (see JobsCatchUp).
            statement.execute("UPDATE titles SET popularity = 0 WHERE popularity <> 0");
            connection.commit();
        } catch (Exception e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
        BenchStand.say("favorites committed in %.1f s", (System.nanoTime() - started) / 1e9);
        JobsCatchUp.await(connection);
        started = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            statement.execute("VACUUM ANALYZE");
        }
        BenchStand.say("VACUUM ANALYZE in %.1f s", (System.nanoTime() - started) / 1e9);
        tokens = List.copyOf(viewers.signIn(VIEWERS));
        BenchStand.say("%d viewers signed in", tokens.size());
        check(connection, ids, marquee.baseUrl());
    }

    /** What is measured is what was meant: 50 favorites per viewer, and recommendations to show. */
    private void check(Connection connection, List<UUID> ids, String baseUrl) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT count(*), min(n), max(n)
                  FROM (SELECT count(*) AS n FROM favorites WHERE account_id = ANY (?) GROUP BY account_id) AS f""")) {
            statement.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            try (ResultSet counts = statement.executeQuery()) {
                counts.next();
                if (counts.getInt(1) != ids.size() || counts.getInt(2) != FavoritesLoader.VIEWER_FAVORITES
                        || counts.getInt(3) != FavoritesLoader.VIEWER_FAVORITES) {
                    throw new IllegalStateException(counts.getInt(1) + " of " + ids.size() + " viewers have favorites, "
                            + counts.getInt(2) + " to " + counts.getInt(3) + " each");
                }
            }
        }
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl
                + PATH + "?limit=20")).header("Authorization", "Bearer " + tokens.get(0)).build(),
                HttpResponse.BodyHandlers.ofString());
        int items = answer.body().split("\"score\"", -1).length - 1;
        if (answer.statusCode() != 200 || items == 0) {
            throw new IllegalStateException("no recommendations for a viewer: " + answer.statusCode() + " "
                    + answer.body());
        }
        BenchStand.say("each viewer has %d favorites; the first is recommended %d titles",
                FavoritesLoader.VIEWER_FAVORITES, items);
    }
}
