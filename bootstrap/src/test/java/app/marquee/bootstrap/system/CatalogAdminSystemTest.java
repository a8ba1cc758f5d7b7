package app.marquee.bootstrap.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static app.marquee.bootstrap.system.Catalog.TITLES;
import static org.assertj.core.api.Assertions.assertThat;

/** Admins build the catalog; everyone else only sees what has been published. */
class CatalogAdminSystemTest {

    @Test
    void anAdminFilesGenresAndPeopleDraftsAFilmAndPublishesIt() {
        String admin = Accounts.admin().accessToken();
        String word = Catalog.word();
        String romance = Catalog.genre(admin, "romance-" + word, "Romance " + word, "Romance " + word + " (fr)");
        String comedy = Catalog.genre(admin, "comedy-" + word, "Comedy " + word, "Comédie " + word);
        String jeunet = Catalog.person(admin, "Jean-Pierre Jeunet " + word);
        String tautou = Catalog.person(admin, "Audrey Tautou " + word);
        String kassovitz = Catalog.person(admin, "Mathieu Kassovitz " + word);
        ObjectNode film = Catalog.film("Amélie " + word, 2001, romance, comedy)
                .put("originalTitle", "Le Fabuleux Destin d'Amélie Poulain").put("ageRating", "PG-13")
                .put("synopsis", "A shy waitress in Montmartre.").put("trailerUrl", "https://example.org/amelie");
        film.withArray("credits").addObject().put("personId", kassovitz).put("role", "ACTOR")
                .put("character", "Nino").put("billing", 2);
        film.withArray("credits").addObject().put("personId", tautou).put("role", "ACTOR")
                .put("character", "Amélie").put("billing", 1);
        film.withArray("credits").addObject().put("personId", jeunet).put("role", "DIRECTOR").put("billing", 1);
        film.withArray("audioLanguages").add("fr");
        film.withArray("subtitleLanguages").add("en").add("fr");

        Api.Reply drafted = Api.post(TITLES, film.toString(), admin);

        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        String id = drafted.json().get("id").asText();
        assertThat(drafted.header("Location")).endsWith(TITLES + "/" + id);
        assertThat(drafted.header("ETag")).isEqualTo("\"" + drafted.json().get("version").asLong() + "\"");
        JsonNode title = drafted.json();
        assertThat(title.get("status").asText()).isEqualTo("DRAFT");
        assertThat(title.get("kind").asText()).isEqualTo("MOVIE");
        assertThat(title.get("runtimeMinutes").asInt()).isEqualTo(110);
        assertThat(title.get("credits")).extracting(credit -> credit.get("name").asText()).containsExactly(
                "Jean-Pierre Jeunet " + word, "Audrey Tautou " + word, "Mathieu Kassovitz " + word);
        assertThat(title.get("credits").get(1).get("character").asText()).isEqualTo("Amélie");
        assertThat(title.get("genres")).extracting(genre -> genre.get("name").asText())
                .containsExactlyInAnyOrder("Romance " + word, "Comedy " + word);
        assertThat(title.get("subtitleLanguages")).extracting(JsonNode::asText).containsExactly("en", "fr");
        assertThat(title.get("poster").isNull()).isTrue();
        assertThat(title.get("seasons")).isEmpty();

        Accounts.Session user = Accounts.newUser();
        Catalog.problem(Api.get(TITLES + "/" + id, user.accessToken()), 404, "TITLE_NOT_FOUND");
        Catalog.problem(Api.get(TITLES + "/" + id, null), 404, "TITLE_NOT_FOUND");

        JsonNode published = Catalog.publish(admin, id);

        assertThat(published.get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(published.get("version").asLong()).isGreaterThan(title.get("version").asLong());
        Api.Reply seen = Api.get(TITLES + "/" + id, null);
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.header("ETag")).startsWith("\"" + published.get("version").asLong() + ".");
        Api.Reply enFrancais = Catalog.get(TITLES + "/" + id, user.accessToken(), "Accept-Language", "fr");
        assertThat(enFrancais.json().get("genres")).extracting(genre -> genre.get("name").asText())
                .contains("Comédie " + word);
        assertThat(enFrancais.json().get("genres").get(0).get("names").has("en")).isTrue();
    }

    @Test
    void usersCannotWriteToTheCatalogAndAnonymousCallersMustSignIn() {
        String admin = Accounts.admin().accessToken();
        String user = Accounts.newUser().accessToken();
        String id = Catalog.published(admin, Catalog.film("Forbidden " + Catalog.word(), 1999));
        String film = Catalog.film("Sneaky " + Catalog.word(), 2000).toString();

        Catalog.problem(Api.post(TITLES, film, user), 403, "FORBIDDEN");
        Catalog.problem(Catalog.put(TITLES + "/" + id, film, user), 403, "FORBIDDEN");
        Catalog.problem(Catalog.patch(TITLES + "/" + id, "{\"status\":\"DRAFT\"}", user), 403, "FORBIDDEN");
        Catalog.problem(Catalog.delete(TITLES + "/" + id, user), 403, "FORBIDDEN");
        Catalog.problem(Api.post(TITLES + "/" + id + "/seasons", "{\"number\":1}", user), 403, "FORBIDDEN");
        Catalog.problem(Api.post("/api/v1/genres", "{\"slug\":\"x\",\"names\":{\"en\":\"X\",\"fr\":\"X\"}}", user),
                403, "FORBIDDEN");
        Catalog.problem(Api.post("/api/v1/people", "{\"name\":\"Nobody\"}", user), 403, "FORBIDDEN");

        Api.Reply anonymous = Api.post(TITLES, film, null);
        Catalog.problem(anonymous, 401, "UNAUTHORIZED");
        assertThat(anonymous.header("WWW-Authenticate")).isEqualTo("Bearer");
        Catalog.problem(Catalog.delete("/api/v1/people/" + java.util.UUID.randomUUID(), null), 401, "UNAUTHORIZED");
        assertThat(Api.get(TITLES + "/" + id, user).json().get("status").asText()).isEqualTo("PUBLISHED");
    }

    @Test
    void deletingATitleNothingRefersToRemovesIt() {
        String admin = Accounts.admin().accessToken();
        String word = Catalog.word();
        String genre = Catalog.genre(admin, "gone-" + word);
        String person = Catalog.person(admin, "Ephemera " + word);
        ObjectNode film = Catalog.film("Gone " + word, 2010, genre);
        film.withArray("credits").addObject().put("personId", person).put("role", "DIRECTOR").put("billing", 1);
        String id = Catalog.published(admin, film);
        Catalog.problem(Catalog.delete("/api/v1/genres/" + genre, admin), 409, "STILL_REFERENCED");
        Catalog.problem(Catalog.delete("/api/v1/people/" + person, admin), 409, "STILL_REFERENCED");

        Api.Reply deleted = Catalog.delete(TITLES + "/" + id, admin);

        assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
        Catalog.problem(Api.get(TITLES + "/" + id, admin), 404, "TITLE_NOT_FOUND");
        Catalog.problem(Catalog.delete(TITLES + "/" + id, admin), 404, "TITLE_NOT_FOUND");
        assertThat(Catalog.delete("/api/v1/genres/" + genre, admin).status()).isEqualTo(204);
        assertThat(Catalog.delete("/api/v1/people/" + person, admin).status()).isEqualTo(204);
        Catalog.problem(Api.get("/api/v1/people/" + person, null), 404, "PERSON_NOT_FOUND");
    }
}
