package app.marquee.bootstrap.system;

import app.marquee.bootstrap.identity.AccountAnonymisationJob;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import static app.marquee.bootstrap.system.Catalog.TITLES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A viewer's library in their personal data: the export carries all of it, and once their closed
 * account is anonymised none of it is left, while other viewers' entries stay.
 */
class PersonalDataSystemTest {
    private static final List<String> LIBRARY_TABLES = List.of("favorites", "title_reactions", "reviews",
            "playlists", "watch_progress");
    private final String admin = Accounts.admin().accessToken();

    @Test
    void aViewerExportsTheirWholeLibraryThenLeavesAndNoneOfItRemainsOnceAnonymised() throws SQLException {
        Accounts.Session pat = Accounts.newUser("Pat");
        String token = pat.accessToken();
        String patId = Api.get("/api/v1/me", token).json().get("id").asText();
        String bob = Accounts.newUser("Bob").accessToken();
        String film = Catalog.published(admin, Catalog.film("Amelie " + Catalog.word(), 2001));
        String other = Catalog.published(admin, Catalog.film("Brazil " + Catalog.word(), 1985));
        String series = Catalog.published(admin, Catalog.series("Lighthouse " + Catalog.word(), 2019));
        String pilot = episode(series);

        assertThat(putEmpty("/api/v1/me/favorites/" + film, token).status()).isEqualTo(204);
        assertThat(Catalog.put("/api/v1/me/reactions/" + film, "{\"reaction\":\"LIKE\"}", token).status())
                .isEqualTo(200);
        Catalog.put("/api/v1/me/reactions/" + film, "{\"reaction\":\"LIKE\"}", bob);
        Api.Reply review = Api.post(TITLES + "/" + film + "/reviews", "{\"rating\":5,\"comment\":\"Lovely\"}", token);
        assertThat(review.status()).as(review.body()).isEqualTo(201);
        Api.post(TITLES + "/" + film + "/reviews", "{\"rating\":3}", bob);
        String operator = Accounts.operator().accessToken();
        assertThat(Catalog.put("/api/v1/reviews/" + review.json().get("id").asText() + "/moderation",
                "{\"hidden\":true,\"reason\":\"Spoilers\"}", operator).status()).isEqualTo(200);
        String playlist = Api.post("/api/v1/me/playlists", "{\"name\":\"Sunday\"}", token).json().get("id").asText();
        Api.post("/api/v1/me/playlists/" + playlist + "/items", "{\"titleId\":\"" + other + "\"}", token);
        Api.post("/api/v1/me/playlists/" + playlist + "/items", "{\"titleId\":\"" + film + "\"}", token);
        Catalog.put("/api/v1/me/progress/" + film, "{\"positionSeconds\":600}", token);
        Catalog.put("/api/v1/me/progress/" + series + "/episodes/" + pilot, "{\"positionSeconds\":60}", token);
        assertThat(Catalog.delete(TITLES + "/" + other, admin).json().get("outcome").asText()).isEqualTo("ARCHIVED");

        JsonNode library = Api.get("/api/v1/me/export", token).json().get("library");

        assertThat(library.get("favorites")).extracting(f -> f.get("title").get("id").asText()).containsExactly(film);
        assertThat(library.get("reactions")).singleElement()
                .satisfies(r -> assertThat(r.get("reaction").asText()).isEqualTo("LIKE"));
        JsonNode exportedReview = library.get("reviews").get(0);
        assertThat(exportedReview.get("comment").asText()).isEqualTo("Lovely");
        assertThat(exportedReview.get("hidden").asBoolean()).isTrue();
        assertThat(exportedReview.get("moderation").get("reason").asText()).isEqualTo("Spoilers");
        assertThat(exportedReview.get("moderation").has("moderatorId")).as("the moderator is not the viewer's data")
                .isFalse();
        JsonNode items = library.get("playlists").get(0).get("items");
        assertThat(items).extracting(i -> i.get("title").get("id").asText()).containsExactly(other, film);
        assertThat(items.get(0).get("title").get("available").asBoolean()).as("archived, still exported").isFalse();
        assertThat(items.get(0).get("title").get("title").asText()).startsWith("Brazil");
        assertThat(library.get("history")).extracting(h -> h.get("title").get("id").asText())
                .containsExactly(series, film);
        assertThat(library.get("history").get(0).get("episode").get("name").asText()).isEqualTo("Pilot");
        assertThat(Api.get("/api/v1/me/export", bob).json().get("library").get("playlists")).isEmpty();
        long reviewsBefore = Api.get(TITLES + "/" + film, null).json().get("reviewCount").asLong();
        long likesBefore = Api.get(TITLES + "/" + film, null).json().get("likeCount").asLong();

        assertThat(Catalog.put("/api/v1/reviews/" + review.json().get("id").asText() + "/moderation",
                "{\"hidden\":false}", operator).status()).isEqualTo(200);
        assertThat(Api.get(TITLES + "/" + film, null).json().get("reviewCount").asLong()).isEqualTo(reviewsBefore + 1);
        assertThat(Api.delete("/api/v1/me", "{\"password\":\"" + Accounts.PASSWORD + "\"}", token).status())
                .isEqualTo(204);
        assertThat(rows(patId)).as("kept through the grace period").isEqualTo(8);
        assertThat(Api.get(TITLES + "/" + film, null).json().get("reviewCount").asLong())
                .as("a closed account's review stays public until the anonymisation").isEqualTo(reviewsBefore + 1);

        closedThirtyOneDaysAgo(patId);
        MarqueeServer.context().getBean(AccountAnonymisationJob.class).run();

        assertThat(rows(patId)).isZero();
        JsonNode title = Api.get(TITLES + "/" + film, null).json();
        assertThat(title.get("reviewCount").asLong()).isEqualTo(reviewsBefore);
        assertThat(title.get("likeCount").asLong()).isEqualTo(likesBefore - 1);
        assertThat(Api.get("/api/v1/me/export", bob).json().get("library").get("reviews")).hasSize(1);
        assertThat(Api.get("/api/v1/me/export", bob).json().get("library").get("reactions")).hasSize(1);
    }

    @Test
    void theExportIsTheCallersOnlyAndNeedsASignedInCaller() {
        Catalog.problem(Api.get("/api/v1/me/export", null), 401, "UNAUTHORIZED");
        Accounts.Session gone = Accounts.newUser();
        Api.delete("/api/v1/me", "{\"password\":\"" + Accounts.PASSWORD + "\"}", gone.accessToken());
        JsonNode french = Catalog.problem(Api.send(Api.request("/api/v1/me/export", gone.accessToken())
                .header("Accept-Language", "fr").GET()), 401, "ACCOUNT_CLOSED");
        JsonNode english = Catalog.problem(Api.get("/api/v1/me/export", gone.accessToken()), 401, "ACCOUNT_CLOSED");
        assertThat(french.get("title").asText()).isNotEqualTo(english.get("title").asText());
    }

    private String episode(String series) {
        Api.post(TITLES + "/" + series + "/seasons", "{\"number\":1}", admin);
        Api.Reply created = Api.post(TITLES + "/" + series + "/seasons/1/episodes",
                Catalog.json().put("number", 1).put("name", "Pilot").put("runtimeMinutes", 52).toString(), admin);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private static Api.Reply putEmpty(String path, String token) {
        return Api.send(Api.request(path, token).PUT(HttpRequest.BodyPublishers.noBody()));
    }

    /** Moves the account's closing date back past the grace period: setup only, as a clock would. */
    private static void closedThirtyOneDaysAgo(String accountId) throws SQLException {
        try (Connection connection = database().getConnection(); PreparedStatement backdate = connection.prepareStatement(
                "UPDATE accounts SET closed_at = closed_at - interval '31 days' WHERE id = ? AND status = 'CLOSED'")) {
            backdate.setObject(1, UUID.fromString(accountId));
            assertThat(backdate.executeUpdate()).isEqualTo(1);
        }
    }

    /** The account's rows in every library table, playlist items counted with their playlists. */
    private static long rows(String accountId) throws SQLException {
        long total = 0;
        try (Connection connection = database().getConnection()) {
            for (String table : LIBRARY_TABLES) {
                total += count(connection, "SELECT count(*) FROM " + table + " WHERE account_id = ?", accountId);
            }
            total += count(connection, "SELECT count(*) FROM playlist_items i JOIN playlists p"
                    + " ON p.id = i.playlist_id WHERE p.account_id = ?", accountId);
        }
        return total;
    }

    private static long count(Connection connection, String sql, String accountId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, UUID.fromString(accountId));
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static DataSource database() {
        return DelegatingDataSource.unwrapDataSource(MarqueeServer.context().getBean(DataSource.class));
    }
}
