package app.marquee.bootstrap.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static app.marquee.bootstrap.system.Catalog.TITLES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Viewers find titles by words, however they spell them, and narrow them by genre, year, kind and
 * language. Every search here keeps to this scenario's own genre, so other scenarios' titles never
 * show up.
 */
class CatalogSearchSystemTest {
    private static String admin;
    private static String classics;
    private static String drama;

    @BeforeAll
    static void aSmallCatalog() {
        admin = Accounts.admin().accessToken();
        String word = Catalog.word();
        classics = "classics-" + word;
        drama = "drama-" + word;
        String classicsId = Catalog.genre(admin, classics);
        String dramaId = Catalog.genre(admin, drama);
        ObjectNode amelie = Catalog.film("Amélie", 2001, classicsId).put("originalTitle", "Le Fabuleux Destin"
                + " d'Amélie Poulain");
        amelie.withArray("audioLanguages").add("fr");
        Catalog.published(admin, amelie);
        Catalog.published(admin, Catalog.film("The Godfather", 1972, classicsId, dramaId));
        Catalog.published(admin, Catalog.film("Le Samouraï", 1967, classicsId, dramaId));
        Catalog.published(admin, Catalog.series("Twin Peaks", 1990, classicsId));
        Catalog.draft(admin, Catalog.film("The Godfather Part IV", 2024, classicsId));
    }

    private static JsonNode search(String query, String token) {
        Api.Reply reply = Api.get(TITLES + "?genre=" + classics + (query.isEmpty() ? "" : "&" + query), token);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static List<String> titles(JsonNode page) {
        List<String> titles = new ArrayList<>();
        page.get("items").forEach(item -> titles.add(item.get("title").asText()));
        return titles;
    }

    @Test
    void wordsAreFoundWhateverTheAccentsAndDespiteATypo() {
        assertThat(titles(search("q=amelie", null))).first().isEqualTo("Amélie");
        assertThat(titles(search("q=AMÉLIE", null))).first().isEqualTo("Amélie");
        assertThat(titles(search("q=godfater", null))).first().isEqualTo("The Godfather");
        assertThat(titles(search("q=samourai", null))).first().isEqualTo("Le Samouraï");
        assertThat(titles(search("q=fabuleux+destin", null))).first().isEqualTo("Amélie");
    }

    @Test
    void filtersCombine() {
        assertThat(titles(search("year=1972", null))).containsExactly("The Godfather");
        assertThat(titles(search("yearFrom=1960&yearTo=1980&sort=year", null)))
                .containsExactly("The Godfather", "Le Samouraï");
        assertThat(titles(search("type=SERIES", null))).containsExactly("Twin Peaks");
        assertThat(titles(search("language=fr", null))).containsExactly("Amélie");
        assertThat(titles(Api.get(TITLES + "?genre=" + drama + "&q=godfater&year=1972", null).json()))
                .containsExactly("The Godfather");
        assertThat(titles(search("q=&sort=&type=&year=&language=", null))).hasSize(4);
        assertThat(Api.get(TITLES + "?genre=&q=", null).status()).isEqualTo(200);
    }

    @Test
    void facetsCountEveryMatchByGenreAndDecade() {
        JsonNode facets = search("limit=1", null).get("facets");

        assertThat(facets.get("genres")).extracting(f -> f.get("slug").asText() + ":" + f.get("count").asLong())
                .containsExactly(classics + ":4", drama + ":2");
        assertThat(facets.get("decades")).extracting(f -> f.get("decade").asInt() + ":" + f.get("count").asLong())
                .containsExactly("1960:1", "1970:1", "1990:1", "2000:1");
    }

    @Test
    void aYearNarrowsTheGenresCountedButNotTheDecadesAsTheGenreNarrowsTheDecadesButNotTheGenres() {
        JsonNode facets = search("year=1972&limit=1", null).get("facets");

        assertThat(facets.get("decades")).extracting(f -> f.get("decade").asInt() + ":" + f.get("count").asLong())
                .containsExactly("1960:1", "1970:1", "1990:1", "2000:1");
        assertThat(facets.get("genres"))
                .filteredOn(f -> f.get("slug").asText().equals(classics) || f.get("slug").asText().equals(drama))
                .extracting(f -> f.get("slug").asText() + ":" + f.get("count").asLong())
                .containsExactlyInAnyOrder(classics + ":1", drama + ":1");
        JsonNode withWords = search("q=godfather&year=1967&limit=1", admin).get("facets");
        assertThat(withWords.get("decades")).extracting(f -> f.get("decade").asInt() + ":" + f.get("count").asLong())
                .containsExactly("1970:1", "2020:1");
        assertThat(withWords.get("genres")).isEmpty();
    }

    @Test
    void pagesFollowEachOtherWithTheirCursor() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = search("sort=title&limit=3" + (cursor == null ? "" : "&cursor=" + cursor), null);
            seen.addAll(titles(page));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
            pages++;
        } while (cursor != null && pages < 5);

        assertThat(pages).isEqualTo(2);
        assertThat(seen).containsExactly("Amélie", "Le Samouraï", "The Godfather", "Twin Peaks");
    }

    @Test
    void draftsAreFoundByAdminsOnly() {
        assertThat(titles(search("q=godfather", null))).doesNotContain("The Godfather Part IV");
        assertThat(titles(search("q=godfather", Accounts.newUser().accessToken())))
                .doesNotContain("The Godfather Part IV");
        JsonNode asAdmin = search("q=godfather", admin);
        assertThat(titles(asAdmin)).contains("The Godfather Part IV", "The Godfather");
        assertThat(asAdmin.get("items")).filteredOn(item -> item.get("title").asText().endsWith("IV"))
                .extracting(item -> item.get("status").asText()).containsExactly("DRAFT");
    }

    @Test
    void aSummaryCarriesWhatAListShows() {
        JsonNode amelie = search("q=amelie&limit=1", null).get("items").get(0);
        assertThat(amelie.get("kind").asText()).isEqualTo("MOVIE");
        assertThat(amelie.get("releaseYear").asInt()).isEqualTo(2001);
        assertThat(amelie.get("originalTitle").asText()).startsWith("Le Fabuleux");
        assertThat(amelie.get("genres")).extracting(JsonNode::asText).containsExactly(classics);
        assertThat(amelie.get("poster").isNull()).isTrue();
    }
}
