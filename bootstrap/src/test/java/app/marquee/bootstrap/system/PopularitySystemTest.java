package app.marquee.bootstrap.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.stream.StreamSupport;

import static app.marquee.bootstrap.system.Catalog.TITLES;
import static org.assertj.core.api.Assertions.assertThat;

/** What viewers favor, like and dislike decides which titles the catalog shows first when sorted by popularity. */
class PopularitySystemTest {

    @Test
    void afterTheRefreshTheTitleViewersFavorLeadsThePopularitySort() {
        String admin = Accounts.admin().accessToken();
        String word = Catalog.word();
        String genre = Catalog.genre(admin, word);
        String alpha = Catalog.published(admin, Catalog.film("Alpha " + word, 2001, genre));
        String beta = Catalog.published(admin, Catalog.film("Beta " + word, 2002, genre));
        String gamma = Catalog.published(admin, Catalog.film("Gamma " + word, 2003, genre));
        String ann = Accounts.newUser().accessToken();
        String bob = Accounts.newUser().accessToken();

        favorite(beta, ann);
        favorite(beta, bob);
        react(gamma, "LIKE", ann);
        react(alpha, "DISLIKE", bob);
        Catalog.refreshPopularity();

        assertThat(ids(TITLES + "?genre=" + word + "&sort=popularity")).containsExactly(beta, gamma, alpha);
        assertThat(ids(TITLES + "?q=" + word + "&sort=popularity")).containsExactly(beta, gamma, alpha);

        assertThat(Catalog.delete("/api/v1/me/favorites/" + beta, ann).status()).isEqualTo(204);
        assertThat(Catalog.delete("/api/v1/me/favorites/" + beta, bob).status()).isEqualTo(204);
        react(gamma, "LIKE", bob);
        Catalog.refreshPopularity();

        List<String> after = ids(TITLES + "?genre=" + word + "&sort=popularity");
        assertThat(after.get(0)).isEqualTo(gamma);
        assertThat(after).as("withdrawn favorites count no more: Beta is back to 0, with the disliked Alpha")
                .containsExactlyInAnyOrder(gamma, alpha, beta);
    }

    private static void favorite(String title, String token) {
        Api.Reply reply = Api.send(Api.request("/api/v1/me/favorites/" + title, token)
                .PUT(HttpRequest.BodyPublishers.noBody()));
        assertThat(reply.status()).as(reply.body()).isEqualTo(204);
    }

    private static void react(String title, String reaction, String token) {
        Api.Reply reply = Catalog.put("/api/v1/me/reactions/" + title, "{\"reaction\":\"" + reaction + "\"}", token);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    private static List<String> ids(String path) {
        JsonNode page = Api.get(path, null).json();
        return StreamSupport.stream(page.get("items").spliterator(), false).map(item -> item.get("id").asText())
                .toList();
    }
}
