package app.marquee.bootstrap.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static app.marquee.bootstrap.system.Catalog.TITLES;
import static org.assertj.core.api.Assertions.assertThat;

/** Editors change titles without overwriting each other's work, and patch only what they mean to. */
class CatalogEditingSystemTest {

    @Test
    void aWriteBasedOnAStaleVersionIsRefusedAndAnUnchangedTitleIsNotSentAgain() {
        String admin = Accounts.admin().accessToken();
        String word = Catalog.word();
        ObjectNode film = Catalog.film("Stale " + word, 1995);
        String id = Catalog.published(admin, film);
        Api.Reply read = Api.get(TITLES + "/" + id, null);
        String etag = read.header("ETag");
        assertThat(etag).matches("\"[0-9]+\\.[0-9a-f]{16}\"");

        Api.Reply notModified = Catalog.get(TITLES + "/" + id, null, "If-None-Match", etag);
        assertThat(notModified.status()).isEqualTo(304);
        assertThat(notModified.header("ETag")).isEqualTo(etag);
        assertThat(Catalog.get(TITLES + "/" + id, null, "If-None-Match", "\"9999\"").status()).isEqualTo(200);
        assertThat(Catalog.put("/api/v1/me/reactions/" + id, "{\"reaction\":\"LIKE\"}",
                Accounts.newUser().accessToken()).status()).isEqualTo(200);
        Api.Reply liked = Catalog.get(TITLES + "/" + id, null, "If-None-Match", etag);
        assertThat(liked.status()).as("a like changes what the title shows, not its version").isEqualTo(200);
        assertThat(liked.json().get("likeCount").asInt()).isEqualTo(1);
        etag = liked.header("ETag");

        Api.Reply first = Catalog.put(TITLES + "/" + id, film.put("synopsis", "First editor").toString(), admin,
                "If-Match", etag);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.header("ETag")).isNotEqualTo(etag);
        assertThat(first.json().get("status").asText()).isEqualTo("PUBLISHED");

        Api.Reply second = Catalog.put(TITLES + "/" + id, film.put("synopsis", "Second editor").toString(), admin,
                "If-Match", etag);
        Catalog.problem(second, 412, "VERSION_MISMATCH");
        Catalog.problem(Catalog.patch(TITLES + "/" + id, "{\"synopsis\":\"Third\"}", admin, "If-Match", etag),
                412, "VERSION_MISMATCH");
        Catalog.problem(Catalog.patch(TITLES + "/" + id, "{\"synopsis\":\"Third\"}", admin, "If-Match", "v2"),
                400, "INVALID_VALUE");
        assertThat(Api.get(TITLES + "/" + id, null).json().get("synopsis").asText()).isEqualTo("First editor");

        Api.Reply withBoth = Catalog.patch(TITLES + "/" + id, "{\"synopsis\":\"Fourth\"}", admin,
                "If-Match", etag + ", " + first.header("ETag"));
        assertThat(withBoth.status()).as(withBoth.body()).isEqualTo(200);
        Api.Reply anyVersion = Catalog.put(TITLES + "/" + id, film.put("synopsis", "Fifth").toString(), admin,
                "If-Match", "*");
        assertThat(anyVersion.status()).as(anyVersion.body()).isEqualTo(200);
    }

    @Test
    void aMergePatchChangesOnlyWhatItNamesAndNullRemoves() {
        String admin = Accounts.admin().accessToken();
        String word = Catalog.word();
        String genre = Catalog.genre(admin, "patch-" + word);
        ObjectNode film = Catalog.film("Patchwork " + word, 1988, genre).put("ageRating", "12")
                .put("synopsis", "Before").put("originalTitle", "Rapiéçage " + word);
        film.withArray("audioLanguages").add("en");
        String id = Catalog.draft(admin, film);

        Api.Reply patched = Catalog.patch(TITLES + "/" + id,
                "{\"synopsis\":\"After\",\"ageRating\":null,\"subtitleLanguages\":[\"de\"],\"status\":\"PUBLISHED\"}",
                admin);

        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        JsonNode title = patched.json();
        assertThat(title.get("synopsis").asText()).isEqualTo("After");
        assertThat(title.get("ageRating").isNull()).isTrue();
        assertThat(title.get("subtitleLanguages")).extracting(JsonNode::asText).containsExactly("de");
        assertThat(title.get("audioLanguages")).extracting(JsonNode::asText).containsExactly("en");
        assertThat(title.get("originalTitle").asText()).isEqualTo("Rapiéçage " + word);
        assertThat(title.get("genres")).hasSize(1);
        assertThat(title.get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(patched.header("ETag")).isEqualTo("\"" + title.get("version").asLong() + "\"");

        Catalog.problemOn(Catalog.patch(TITLES + "/" + id, "{\"title\":null}", admin), 400, "VALIDATION_FAILED",
                "title");
        Catalog.problemOn(Catalog.patch(TITLES + "/" + id, "{\"kind\":\"SERIES\"}", admin), 400, "INVALID_VALUE",
                "kind");
        Catalog.problemOn(Catalog.patch(TITLES + "/" + id, "{\"status\":\"GONE\"}", admin), 400, "INVALID_VALUE",
                "status");
        Catalog.problemOn(Catalog.patch(TITLES + "/" + id, "{\"releaseYear\":\"soon\"}", admin), 400,
                "INVALID_VALUE", "releaseYear");
        Catalog.problemOn(Catalog.patch(TITLES + "/" + id, "{\"credits\":[{\"personId\":\"x\",\"role\":\"ACTOR\","
                + "\"billing\":1}]}", admin), 400, "INVALID_VALUE", "credits[0].personId");
        Catalog.problemOn(Catalog.patch(TITLES + "/" + id, "{\"runtimeMinutes\":null}", admin), 422,
                "RUNTIME_REQUIRED", "runtimeMinutes");
        Catalog.problem(Catalog.patch(TITLES + "/" + id, "[1]", admin), 400, "INVALID_VALUE");
    }

    @Test
    void anArchivedTitleIsFrozenUntilItGoesBackToDraft() {
        String admin = Accounts.admin().accessToken();
        String word = Catalog.word();
        String id = Catalog.published(admin, Catalog.film("Archive " + word, 1970));

        assertThat(Catalog.patch(TITLES + "/" + id, "{\"status\":\"ARCHIVED\"}", admin).json().get("status")
                .asText()).isEqualTo("ARCHIVED");
        Catalog.problem(Api.get(TITLES + "/" + id, null), 404, "TITLE_NOT_FOUND");
        assertThat(Api.get(TITLES + "?q=" + word, admin).json().get("items"))
                .noneMatch(item -> item.get("id").asText().equals(id));
        Catalog.problem(Catalog.patch(TITLES + "/" + id, "{\"synopsis\":\"x\"}", admin), 409, "TITLE_ARCHIVED");
        Catalog.problem(Catalog.patch(TITLES + "/" + id, "{\"status\":\"PUBLISHED\"}", admin), 409, "TITLE_ARCHIVED");

        Catalog.problemOn(Catalog.patch(TITLES + "/" + id, "{\"status\":\"DRAFT\",\"runtimeMinutes\":null}", admin),
                422, "RUNTIME_REQUIRED", "runtimeMinutes");
        assertThat(Api.get(TITLES + "/" + id, admin).json().get("status").asText())
                .as("the refused revision took the move back to draft with it").isEqualTo("ARCHIVED");

        Api.Reply revived = Catalog.patch(TITLES + "/" + id, "{\"status\":\"DRAFT\",\"synopsis\":\"Back\"}", admin);

        assertThat(revived.status()).as(revived.body()).isEqualTo(200);
        assertThat(revived.json().get("status").asText()).isEqualTo("DRAFT");
        assertThat(revived.json().get("synopsis").asText()).isEqualTo("Back");
    }

    @Test
    void genresAndPeopleAreRenamedAndFound() {
        String admin = Accounts.admin().accessToken();
        String word = Catalog.word();
        String genre = Catalog.genre(admin, "noir-" + word, "Noir", "Noir");
        Catalog.problemOn(Api.post("/api/v1/genres", "{\"slug\":\"noir-" + word + "\",\"names\":{\"en\":\"A\","
                + "\"fr\":\"B\"}}", admin), 409, "GENRE_SLUG_TAKEN", "slug");

        Api.Reply renamed = Api.patch("/api/v1/genres/" + genre, "{\"names\":{\"en\":\"Film noir\",\"fr\":\"Polar\"}}",
                admin);
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        JsonNode genres = Catalog.get("/api/v1/genres", null, "Accept-Language", "fr").json().get("items");
        assertThat(genres).filteredOn(item -> item.get("id").asText().equals(genre))
                .extracting(item -> item.get("slug").asText() + "=" + item.get("name").asText())
                .containsExactly("noir-" + word + "=Polar");

        for (int i = 1; i <= 3; i++) {
            Catalog.person(admin, "Zélie " + word + " " + i);
        }
        String first = Api.get("/api/v1/people?q=zelie+" + word + "&limit=2", null).json().get("items").get(0)
                .get("id").asText();
        Api.Reply page = Api.get("/api/v1/people?q=zelie+" + word + "&limit=2", null);
        assertThat(page.json().get("items")).hasSize(2);
        Api.Reply rest = Api.get("/api/v1/people?q=zelie+" + word + "&limit=2&cursor="
                + page.json().get("nextCursor").asText(), null);
        assertThat(rest.json().get("items")).extracting(item -> item.get("name").asText())
                .containsExactly("Zélie " + word + " 3");
        assertThat(rest.json().get("nextCursor").isNull()).isTrue();

        Api.Reply corrected = Api.patch("/api/v1/people/" + first, "{\"name\":\" Zélie " + word + " Prime \"}", admin);
        assertThat(corrected.json().get("name").asText()).isEqualTo("Zélie " + word + " Prime");
        assertThat(Api.get("/api/v1/people/" + first, null).json().get("name").asText())
                .isEqualTo("Zélie " + word + " Prime");
    }
}
