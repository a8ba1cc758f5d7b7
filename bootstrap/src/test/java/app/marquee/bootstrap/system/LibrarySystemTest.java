package app.marquee.bootstrap.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;

import static app.marquee.bootstrap.system.Catalog.TITLES;
import static org.assertj.core.api.Assertions.assertThat;

/** Favorites, likes and reviews, as viewers, moderators and admins use them over HTTP. */
class LibrarySystemTest {
    private static final String FAVORITES = "/api/v1/me/favorites";

    private static String film(String admin) {
        return Catalog.published(admin, Catalog.film("Film " + Catalog.word(), 2001));
    }

    private static Api.Reply put(String path, String json, String token) {
        return Catalog.put(path, json, token);
    }

    private static Api.Reply putEmpty(String path, String token) {
        return Api.send(Api.request(path, token).PUT(HttpRequest.BodyPublishers.noBody()));
    }

    private static Api.Reply review(String titleId, String json, String token) {
        return Api.post(TITLES + "/" + titleId + "/reviews", json, token);
    }

    @Test
    void aViewerFavoritesTwoFilmsAndSeesThemNewestFirstEvenAfterOneLeavesTheCatalog() {
        String admin = Accounts.admin().accessToken();
        String viewer = Accounts.newUser().accessToken();
        String first = film(admin);
        String second = film(admin);

        assertThat(putEmpty(FAVORITES + "/" + first, viewer).status()).isEqualTo(204);
        assertThat(putEmpty(FAVORITES + "/" + second, viewer).status()).isEqualTo(204);
        assertThat(putEmpty(FAVORITES + "/" + first, viewer).status()).isEqualTo(204);

        JsonNode listed = Api.get(FAVORITES, viewer).json();
        assertThat(listed.get("items")).extracting(item -> item.get("title").get("id").asText())
                .containsExactly(second, first);
        assertThat(listed.get("nextCursor").isNull()).isTrue();
        JsonNode page1 = Api.get(FAVORITES + "?limit=1", viewer).json();
        JsonNode page2 = Api.get(FAVORITES + "?limit=1&cursor=" + page1.get("nextCursor").asText(), viewer).json();
        assertThat(page2.get("items").get(0).get("title").get("id").asText()).isEqualTo(first);
        assertThat(Api.get(FAVORITES + "/" + first, viewer).status()).isEqualTo(200);

        Api.Reply removed = Catalog.delete(TITLES + "/" + first, admin);
        assertThat(removed.json().get("outcome").asText()).as("a favored title is archived").isEqualTo("ARCHIVED");
        JsonNode afterArchive = Api.get(FAVORITES, viewer).json().get("items");
        assertThat(afterArchive).extracting(item -> item.get("title").get("available").asBoolean())
                .containsExactly(true, false);
        Catalog.problem(putEmpty(FAVORITES + "/" + first, viewer), 404, "TITLE_NOT_FOUND");

        assertThat(Catalog.delete(FAVORITES + "/" + first, viewer).status()).isEqualTo(204);
        assertThat(Catalog.delete(FAVORITES + "/" + first, viewer).status()).isEqualTo(204);
        assertThat(Api.get(FAVORITES, viewer).json().get("items")).hasSize(1);
        Catalog.problem(Api.get(FAVORITES + "/" + first, viewer), 404, "FAVORITE_NOT_FOUND");
        Catalog.problem(Api.get(FAVORITES, null), 401, "UNAUTHORIZED");
    }

    @Test
    void aDraftCannotBeFavoredLikedNorReviewed() {
        String admin = Accounts.admin().accessToken();
        String viewer = Accounts.newUser().accessToken();
        String draft = Catalog.draft(admin, Catalog.film("Draft " + Catalog.word(), 2001));

        Catalog.problem(putEmpty(FAVORITES + "/" + draft, viewer), 404, "TITLE_NOT_FOUND");
        Catalog.problem(put("/api/v1/me/reactions/" + draft, "{\"reaction\":\"LIKE\"}", viewer), 404,
                "TITLE_NOT_FOUND");
        Catalog.problem(review(draft, "{\"rating\":4}", viewer), 404, "TITLE_NOT_FOUND");
        Catalog.problem(Api.get(TITLES + "/" + draft + "/reviews", viewer), 404, "TITLE_NOT_FOUND");
        assertThat(Api.get(TITLES + "/" + draft + "/reviews", admin).status()).isEqualTo(200);
    }

    @Test
    void viewersLikeAndDislikeOnceEachAndTheTitleCountsThem() {
        String admin = Accounts.admin().accessToken();
        String ann = Accounts.newUser().accessToken();
        String bob = Accounts.newUser().accessToken();
        String id = film(admin);

        put("/api/v1/me/reactions/" + id, "{\"reaction\":\"DISLIKE\"}", ann);
        Api.Reply liked = put("/api/v1/me/reactions/" + id, "{\"reaction\":\"LIKE\"}", ann);
        put("/api/v1/me/reactions/" + id, "{\"reaction\":\"LIKE\"}", bob);

        assertThat(liked.json().get("reaction").asText()).isEqualTo("LIKE");
        assertThat(Api.get("/api/v1/me/reactions/" + id, ann).json().get("reaction").asText()).isEqualTo("LIKE");
        JsonNode title = Api.get(TITLES + "/" + id, null).json();
        assertThat(title.get("likeCount").asLong()).isEqualTo(2);
        assertThat(title.get("dislikeCount").asLong()).isZero();
        assertThat(title.get("averageRating").isNull()).isTrue();
        assertThat(title.get("reviewCount").asLong()).isZero();

        assertThat(Catalog.delete("/api/v1/me/reactions/" + id, bob).status()).isEqualTo(204);
        Catalog.problem(Api.get("/api/v1/me/reactions/" + id, bob), 404, "REACTION_NOT_FOUND");
        Catalog.problemOn(put("/api/v1/me/reactions/" + id, "{\"reaction\":\"LOVE\"}", ann), 400, "INVALID_VALUE",
                "reaction");
        assertThat(Api.get(TITLES + "/" + id, null).json().get("likeCount").asLong()).isEqualTo(1);
    }

    @Test
    void viewersReviewOnceEditTheirOwnOnlyAndAnOperatorsModerationChangesTheAverage() {
        String admin = Accounts.admin().accessToken();
        String ann = Accounts.newUser("Ann Reviewer").accessToken();
        String bob = Accounts.newUser("Bob").accessToken();
        String id = film(admin);

        Api.Reply written = review(id, "{\"rating\":5,\"comment\":\"  Lovely.  \"}", ann);
        assertThat(written.status()).as(written.body()).isEqualTo(201);
        String reviewId = written.json().get("id").asText();
        assertThat(written.header("Location")).isEqualTo("/api/v1/reviews/" + reviewId);
        assertThat(written.json().get("comment").asText()).isEqualTo("Lovely.");
        String etag = written.header("ETag");
        Catalog.problem(review(id, "{\"rating\":1}", ann), 409, "REVIEW_ALREADY_EXISTS");
        Api.Reply bobs = review(id, "{\"rating\":2,\"comment\":\"Meh\"}", bob);
        assertThat(bobs.status()).isEqualTo(201);

        Catalog.problem(put("/api/v1/reviews/" + reviewId, "{\"rating\":1}", bob), 404, "REVIEW_NOT_FOUND");
        Catalog.problem(Catalog.delete("/api/v1/reviews/" + reviewId, bob), 404, "REVIEW_NOT_FOUND");
        Catalog.problem(put("/api/v1/reviews/" + java.util.UUID.randomUUID(), "{\"rating\":1}", bob), 404,
                "REVIEW_NOT_FOUND");
        Api.Reply revised = Catalog.put("/api/v1/reviews/" + reviewId, "{\"rating\":4,\"comment\":\"Still good\"}",
                ann, "If-Match", etag);
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        Catalog.problem(Catalog.put("/api/v1/reviews/" + reviewId, "{\"rating\":3}", ann, "If-Match", etag), 412,
                "VERSION_MISMATCH");

        JsonNode before = Api.get(TITLES + "/" + id, null).json();
        assertThat(before.get("averageRating").decimalValue()).isEqualByComparingTo("3.0");
        assertThat(before.get("reviewCount").asLong()).isEqualTo(2);
        JsonNode listed = Api.get(TITLES + "/" + id + "/reviews", null).json().get("items");
        assertThat(listed).extracting(item -> item.get("author").asText()).containsExactly("Bob", "Ann Reviewer");
        assertThat(listed.toString()).doesNotContain("@example.org");

        String bobsId = bobs.json().get("id").asText();
        Catalog.problem(put("/api/v1/reviews/" + bobsId + "/moderation", "{\"hidden\":true}", ann), 403, "FORBIDDEN");
        String operator = Accounts.operator().accessToken();
        Api.Reply hidden = put("/api/v1/reviews/" + bobsId + "/moderation",
                "{\"hidden\":true,\"reason\":\"Off topic\"}", operator);
        assertThat(hidden.status()).as(hidden.body()).isEqualTo(200);
        assertThat(hidden.json().get("moderation").get("reason").asText()).isEqualTo("Off topic");

        JsonNode after = Api.get(TITLES + "/" + id, null).json();
        assertThat(after.get("averageRating").decimalValue()).isEqualByComparingTo("4.0");
        assertThat(after.get("reviewCount").asLong()).isEqualTo(1);
        assertThat(Api.get(TITLES + "/" + id + "/reviews", bob).json().get("items")).hasSize(1);
        JsonNode seenByOperator = Api.get(TITLES + "/" + id + "/reviews", operator).json().get("items");
        assertThat(seenByOperator).extracting(item -> item.get("hidden").asBoolean()).containsExactly(true, false);
        assertThat(Api.get("/api/v1/me/reviews", bob).json().get("items").get(0).get("review").get("hidden")
                .asBoolean()).isTrue();

        assertThat(Catalog.delete("/api/v1/reviews/" + reviewId, ann).status()).isEqualTo(204);
        assertThat(Api.get(TITLES + "/" + id, null).json().get("averageRating").isNull()).isTrue();
    }

    @Test
    void aBadReviewIsRefusedNamingTheFieldInEnglishOrFrench() {
        String admin = Accounts.admin().accessToken();
        String viewer = Accounts.newUser().accessToken();
        String id = film(admin);

        Catalog.problemOn(review(id, "{\"rating\":6}", viewer), 422, "RATING_OUT_OF_RANGE", "rating");
        Catalog.problemOn(review(id, "{\"rating\":0}", viewer), 422, "RATING_OUT_OF_RANGE", "rating");
        Catalog.problemOn(review(id, "{\"rating\":3,\"comment\":\"   \"}", viewer), 422, "COMMENT_BLANK", "comment");
        Catalog.problemOn(review(id, "{\"rating\":3,\"comment\":\"nul\\u0000\"}", viewer), 400, "INVALID_VALUE",
                "comment");
        String tooLong = "{\"rating\":3,\"comment\":\"" + "x".repeat(2001) + "\"}";
        Catalog.problemOn(review(id, tooLong, viewer), 422, "COMMENT_TOO_LONG", "comment");
        Api.Reply french = Api.send(Api.request(TITLES + "/" + id + "/reviews", viewer)
                .header("Content-Type", "application/json").header("Accept-Language", "fr")
                .POST(HttpRequest.BodyPublishers.ofString(tooLong)));
        JsonNode problem = Catalog.problem(french, 422, "COMMENT_TOO_LONG");
        assertThat(problem.get("title").asText()).isEqualTo("Commentaire trop long");
        assertThat(problem.get("detail").asText()).contains("2 000 caractères");
        Catalog.problem(review(id, "{}", viewer), 400, "VALIDATION_FAILED");
        assertThat(Api.get(TITLES + "/" + id + "/reviews", null).json().get("items")).isEmpty();
    }
}
