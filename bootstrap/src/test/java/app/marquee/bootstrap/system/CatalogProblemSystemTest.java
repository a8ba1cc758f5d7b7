package app.marquee.bootstrap.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.util.UUID;

import static app.marquee.bootstrap.system.Catalog.TITLES;
import static org.assertj.core.api.Assertions.assertThat;

/** Whatever an editor or a viewer gets wrong, the answer is a 4xx problem naming what to fix; never a 500. */
class CatalogProblemSystemTest {
    private final String admin = Accounts.admin().accessToken();

    private Api.Reply draft(ObjectNode title) {
        return Api.post(TITLES, title.toString(), admin);
    }

    @Test
    void missingFieldsAreEachNamed() {
        JsonNode body = Catalog.problem(Api.post(TITLES, "{}", admin), 400, "VALIDATION_FAILED");
        assertThat(body.get("errors")).extracting(error -> error.get("field").asText())
                .contains("kind", "title", "releaseYear");
    }

    @Test
    void valuesTheCatalogRefusesNameTheirField() {
        String word = Catalog.word();
        Catalog.problemOn(draft(Catalog.film("Bell\u0007" + word, 2000)), 400, "INVALID_VALUE", "title");
        Catalog.problemOn(draft(Catalog.film("x".repeat(201), 2000)), 400, "INVALID_VALUE", "title");
        Catalog.problemOn(draft(Catalog.film(word, 2000).put("synopsis", "a\u0000b")), 400, "VALIDATION_FAILED",
                "synopsis");
        Catalog.problemOn(draft(Catalog.film(word, 2000).put("runtimeMinutes", 1000)), 400, "INVALID_VALUE",
                "runtimeMinutes");
        Catalog.problemOn(draft(Catalog.film(word, 2000).put("ageRating", "not a rating")), 400, "INVALID_VALUE",
                "ageRating");
        Catalog.problemOn(draft(Catalog.film(word, 2000).put("trailerUrl", "ftp://example.org/t")), 400,
                "INVALID_VALUE", "trailerUrl");
        ObjectNode language = Catalog.film(word, 2000);
        language.withArray("subtitleLanguages").add("en").add("klingon");
        Catalog.problemOn(draft(language), 400, "INVALID_VALUE", "subtitleLanguages[1]");
        ObjectNode director = Catalog.film(word, 2000);
        director.withArray("credits").addObject().put("personId", UUID.randomUUID().toString())
                .put("role", "DIRECTOR").put("character", "Himself").put("billing", 1);
        Catalog.problemOn(draft(director), 400, "INVALID_VALUE", "credits[0].character");
        ObjectNode nul = Catalog.film(word, 2000);
        nul.withArray("credits").addObject().put("personId", UUID.randomUUID().toString())
                .put("role", "ACTOR").put("character", "Ni\u0000no").put("billing", 1);
        Catalog.problemOn(draft(nul), 400, "VALIDATION_FAILED", "character");
        ObjectNode badPerson = Catalog.film(word, 2000);
        badPerson.withArray("credits").addObject().put("personId", "nobody").put("role", "ACTOR").put("billing", 1);
        Catalog.problemOn(draft(badPerson), 400, "INVALID_VALUE", "credits[0].personId");
        ObjectNode notAnId = Catalog.film(word, 2000);
        notAnId.withArray("genreIds").add("drama");
        Catalog.problemOn(draft(notAnId), 400, "INVALID_VALUE", "genreIds");
        Catalog.problemOn(draft(Catalog.film(word, 2000).put("kind", "FILM")), 400, "INVALID_VALUE", "kind");
        Catalog.problemOn(draft(Catalog.film(word, 2000).put("releaseYear", "soon")), 400, "INVALID_VALUE",
                "releaseYear");
    }

    @Test
    void rulesOfTheCatalogAreUnprocessable() {
        String word = Catalog.word();
        Catalog.problemOn(draft(Catalog.film(word, 1700)), 422, "RELEASE_YEAR_OUT_OF_RANGE", "releaseYear");
        ObjectNode noRuntime = Catalog.film(word, 2000);
        noRuntime.remove("runtimeMinutes");
        Catalog.problemOn(draft(noRuntime), 422, "RUNTIME_REQUIRED", "runtimeMinutes");
        Catalog.problemOn(draft(Catalog.series(word, 2000).put("runtimeMinutes", 50)), 422, "RUNTIME_NOT_ALLOWED",
                "runtimeMinutes");
        Catalog.problem(draft(Catalog.film(word, 2000, UUID.randomUUID().toString())), 422, "UNKNOWN_GENRE");
        ObjectNode stranger = Catalog.film(word, 2000);
        stranger.withArray("credits").addObject().put("personId", UUID.randomUUID().toString())
                .put("role", "ACTOR").put("billing", 1);
        Catalog.problem(draft(stranger), 422, "UNKNOWN_PERSON");
    }

    @Test
    void aPutCannotTurnAFilmIntoASeries() {
        String id = Catalog.draft(admin, Catalog.film("Steady " + Catalog.word(), 2000));
        Catalog.problemOn(Catalog.put(TITLES + "/" + id, Catalog.series("Steady", 2000).toString(), admin), 400,
                "INVALID_VALUE", "kind");
        Catalog.problem(Catalog.put(TITLES + "/" + UUID.randomUUID(), Catalog.film("Nowhere", 2000).toString(),
                admin), 404, "TITLE_NOT_FOUND");
    }

    @Test
    void genresPeopleAndEpisodesAreCheckedToo() {
        Catalog.problemOn(Api.post("/api/v1/genres", "{\"slug\":\"Science Fiction\",\"names\":{\"en\":\"SF\","
                + "\"fr\":\"SF\"}}", admin), 400, "INVALID_VALUE", "slug");
        Catalog.problemOn(Api.post("/api/v1/genres", "{\"slug\":\"sf-" + Catalog.word() + "\",\"names\":{\"en\":\""
                + "x".repeat(81) + "\",\"fr\":\"SF\"}}", admin), 400, "INVALID_VALUE", "names.en");
        Catalog.problemOn(Api.post("/api/v1/genres", "{\"slug\":\"sf\"}", admin), 400, "VALIDATION_FAILED", "names");
        Catalog.problemOn(Api.post("/api/v1/people", "{\"name\":\"   \"}", admin), 400, "INVALID_VALUE", "name");
        Catalog.problem(Api.patch("/api/v1/genres/" + UUID.randomUUID(), "{\"names\":{\"en\":\"A\",\"fr\":\"B\"}}",
                admin), 404, "GENRE_NOT_FOUND");
        Catalog.problem(Api.get("/api/v1/people/" + UUID.randomUUID(), null), 404, "PERSON_NOT_FOUND");
        String series = Catalog.draft(admin, Catalog.series("Checked " + Catalog.word(), 2000));
        Api.post(TITLES + "/" + series + "/seasons", "{\"number\":1}", admin);
        Catalog.problemOn(Api.post(TITLES + "/" + series + "/seasons/1/episodes",
                "{\"number\":1,\"name\":\"Pilot\",\"runtimeMinutes\":0}", admin), 400, "INVALID_VALUE",
                "runtimeMinutes");
        Catalog.problemOn(Api.post(TITLES + "/" + series + "/seasons/1/episodes",
                "{\"number\":1,\"runtimeMinutes\":30}", admin), 400, "VALIDATION_FAILED", "name");
        Catalog.problem(Catalog.put(TITLES + "/" + series + "/seasons/1/episodes/" + UUID.randomUUID(),
                "{\"number\":1,\"name\":\"Pilot\",\"runtimeMinutes\":30}", admin), 404, "EPISODE_NOT_FOUND");
    }

    @Test
    void searchParametersAreCheckedAtTheDoor() {
        Catalog.problemOn(Api.get(TITLES + "?limit=0", null), 400, "VALIDATION_FAILED", "limit");
        Catalog.problemOn(Api.get(TITLES + "?limit=101", null), 400, "VALIDATION_FAILED", "limit");
        Catalog.problemOn(Api.get(TITLES + "?year=abc", null), 400, "INVALID_VALUE", "year");
        Catalog.problemOn(Api.get(TITLES + "?year=1500", null), 400, "VALIDATION_FAILED", "year");
        Catalog.problemOn(Api.get(TITLES + "?yearFrom=2000&yearTo=1990", null), 400, "INVALID_VALUE", "yearFrom");
        Catalog.problemOn(Api.get(TITLES + "?language=xx", null), 400, "INVALID_VALUE", "language");
        Catalog.problemOn(Api.get(TITLES + "?type=FILM", null), 400, "INVALID_VALUE", "type");
        Catalog.problemOn(Api.get(TITLES + "?sort=best", null), 400, "VALIDATION_FAILED", "sort");
        Catalog.problemOn(Api.get(TITLES + "?genre=Not%20A%20Slug", null), 400, "VALIDATION_FAILED", "genre");
        Catalog.problemOn(Api.get(TITLES + "?q=a%01b", null), 400, "VALIDATION_FAILED", "q");
        Catalog.problemOn(Api.get(TITLES + "?q=" + "a".repeat(201), null), 400, "VALIDATION_FAILED", "q");
        Catalog.problem(Api.get(TITLES + "?cursor=garbage!", null), 400, "INVALID_CURSOR");
        Catalog.problemOn(Api.get(TITLES + "?cursor=" + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("v1:forged".getBytes(java.nio.charset.StandardCharsets.UTF_8)), null), 400,
                "INVALID_CURSOR", "cursor");
        Catalog.problem(Api.get("/api/v1/people?cursor=garbage!", null), 400, "INVALID_CURSOR");
        Catalog.problem(Api.get(TITLES + "/not-a-uuid", null), 400, "INVALID_VALUE");
    }

    @Test
    void problemsSpeakFrenchWhenAskedTo() {
        Api.Reply reply = Catalog.get(TITLES + "/" + UUID.randomUUID(), null, "Accept-Language", "fr");
        assertThat(Catalog.problem(reply, 404, "TITLE_NOT_FOUND").get("title").asText())
                .isEqualTo("Titre introuvable");
        Api.Reply wrongType = Api.send(Api.request(TITLES, admin).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("Amélie")));
        Catalog.problem(wrongType, 415, "UNSUPPORTED_MEDIA_TYPE");
    }
}
