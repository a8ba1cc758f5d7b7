package app.marquee.bootstrap.system;

import app.marquee.application.catalog.port.in.RefreshPopularityUseCase;
import app.marquee.domain.catalog.popularity.PopularityRefresh;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.http.HttpRequest;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Steps the catalog scenarios share: an admin files genres and people, drafts and publishes
 * titles. Every scenario names its own genre and titles with fresh random words, so it finds only
 * what it made, whatever else the shared server holds.
 */
final class Catalog {
    static final String TITLES = "/api/v1/titles";

    private Catalog() {
    }

    /** A pronounceable word nobody else uses: "kovabeli". */
    static String word() {
        String consonants = "bdfgklmnprstvz";
        String vowels = "aeiou";
        StringBuilder word = new StringBuilder();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 5; i++) {
            word.append(consonants.charAt(random.nextInt(consonants.length())))
                    .append(vowels.charAt(random.nextInt(vowels.length())));
        }
        return word.toString();
    }

    static ObjectNode json() {
        return Api.JSON.createObjectNode();
    }

    static String genre(String admin, String slug, String en, String fr) {
        ObjectNode body = json().put("slug", slug);
        body.putObject("names").put("en", en).put("fr", fr);
        Api.Reply created = Api.post("/api/v1/genres", body.toString(), admin);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    /** A genre of this scenario's own, to file its titles under and to search them by. */
    static String genre(String admin, String slug) {
        return genre(admin, slug, "Genre " + slug, "Genre " + slug + " (fr)");
    }

    static String person(String admin, String name) {
        Api.Reply created = Api.post("/api/v1/people", json().put("name", name).toString(), admin);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    static ObjectNode film(String title, int year, String... genreIds) {
        ObjectNode body = json().put("kind", "MOVIE").put("title", title).put("releaseYear", year)
                .put("runtimeMinutes", 110);
        for (String genreId : genreIds) {
            body.withArray("genreIds").add(genreId);
        }
        return body;
    }

    static ObjectNode series(String title, int year, String... genreIds) {
        ObjectNode body = film(title, year, genreIds).put("kind", "SERIES");
        body.remove("runtimeMinutes");
        return body;
    }

    /** Drafts the title and returns its id. */
    static String draft(String admin, ObjectNode title) {
        Api.Reply created = Api.post(TITLES, title.toString(), admin);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    static JsonNode publish(String admin, String id) {
        Api.Reply published = patch(TITLES + "/" + id, "{\"status\":\"PUBLISHED\"}", admin);
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        return published.json();
    }

    static String published(String admin, ObjectNode title) {
        String id = draft(admin, title);
        publish(admin, id);
        return id;
    }

    static Api.Reply get(String path, String token, String... headers) {
        return Api.send(withHeaders(Api.request(path, token), headers).GET());
    }

    static Api.Reply post(String path, String json, String token, String... headers) {
        return Api.send(withHeaders(Api.request(path, token), headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    static Api.Reply put(String path, String json, String token, String... headers) {
        return Api.send(withHeaders(Api.request(path, token), headers).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    static Api.Reply patch(String path, String json, String token, String... headers) {
        return Api.send(withHeaders(Api.request(path, token), headers)
                .header("Content-Type", "application/merge-patch+json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    static Api.Reply delete(String path, String token, String... headers) {
        return Api.send(withHeaders(Api.request(path, token), headers).DELETE());
    }

    /** A PATCH with a plain JSON body, as the season endpoints take. */
    static Api.Reply patchJson(String path, String json, String token, String... headers) {
        return Api.send(withHeaders(Api.request(path, token), headers).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    private static HttpRequest.Builder withHeaders(HttpRequest.Builder builder, String... headers) {
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    /** A problem+json answer with this status and code, that gives nothing of the server's insides away. */
    static JsonNode problem(Api.Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonNode body = reply.json();
        assertThat(body.get("code").asText()).isEqualTo(code);
        assertThat(body.get("title").asText()).isNotBlank();
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("io.micronaut").doesNotContain("java.")
                .doesNotContain("SQL");
        return body;
    }

    static JsonNode problemOn(Api.Reply reply, int status, String code, String field) {
        JsonNode body = problem(reply, status, code);
        assertThat(body.get("errors")).extracting(error -> error.get("field").asText()).contains(field);
        return body;
    }

    /** What the popularity job does, now; if its own round happens to hold the lock, asks again once it is done. */
    static void refreshPopularity() {
        RefreshPopularityUseCase refresh = MarqueeServer.context().getBean(RefreshPopularityUseCase.class);
        for (int attempt = 0; attempt < 100; attempt++) {
            if (refresh.refresh() instanceof PopularityRefresh.Recomputed) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("the popularity refresh stayed locked");
    }
}
