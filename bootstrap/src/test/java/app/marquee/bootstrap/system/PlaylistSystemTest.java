package app.marquee.bootstrap.system;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** Viewers keep their own playlists of titles, in the order they choose, and nobody else sees them. */
class PlaylistSystemTest {
    private static final String PLAYLISTS = "/api/v1/me/playlists";

    @Test
    void aViewerKeepsTwoPlaylistsAndOrdersTheirTitles() {
        String admin = Accounts.admin().accessToken();
        String ann = Accounts.newUser().accessToken();
        String word = Catalog.word();
        String amelie = Catalog.published(admin, Catalog.film("Amélie " + word, 2001));
        String brazil = Catalog.published(admin, Catalog.film("Brazil " + word, 1985));
        String casablanca = Catalog.published(admin, Catalog.film("Casablanca " + word, 1942));

        Api.Reply roadTrip = Api.post(PLAYLISTS, "{\"name\":\" Road trip \",\"description\":\"For the car\"}", ann);
        assertThat(roadTrip.status()).as(roadTrip.body()).isEqualTo(201);
        String id = roadTrip.json().get("id").asText();
        assertThat(roadTrip.header("Location")).isEqualTo(PLAYLISTS + "/" + id);
        assertThat(roadTrip.header("ETag")).isEqualTo("\"0\"");
        assertThat(roadTrip.json().get("name").asText()).isEqualTo("Road trip");
        assertThat(roadTrip.json().get("items")).isEmpty();
        assertThat(Api.post(PLAYLISTS, "{\"name\":\"Sunday\"}", ann).status()).isEqualTo(201);
        Catalog.problemOn(Api.post(PLAYLISTS, "{\"name\":\"ROAD TRIP\"}", ann), 409, "PLAYLIST_NAME_TAKEN", "name");

        String items = PLAYLISTS + "/" + id + "/items";
        assertThat(Api.post(items, "{\"titleId\":\"" + amelie + "\"}", ann).status()).isEqualTo(200);
        assertThat(Api.post(items, "{\"titleId\":\"" + brazil + "\"}", ann).status()).isEqualTo(200);
        Api.Reply added = Api.post(items, "{\"titleId\":\"" + casablanca + "\",\"position\":0}", ann);
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        assertThat(titleIds(added.json())).containsExactly(casablanca, amelie, brazil);
        assertThat(added.header("ETag")).isEqualTo("\"3\"");
        JsonNode first = added.json().get("items").get(0);
        assertThat(first.get("position").asInt()).isZero();
        assertThat(first.get("title").get("title").asText()).isEqualTo("Casablanca " + word);
        assertThat(first.get("title").get("available").asBoolean()).isTrue();
        Catalog.problemOn(Api.post(items, "{\"titleId\":\"" + amelie + "\"}", ann), 409, "TITLE_ALREADY_IN_PLAYLIST",
                "titleId");
        Catalog.problem(Api.post(items, "{\"titleId\":\"" + UUID.randomUUID() + "\",\"position\":9}", ann), 404,
                "TITLE_NOT_FOUND");

        Api.Reply moved = Catalog.put(items + "/" + casablanca + "/position", "{\"position\":2}", ann);
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(titleIds(moved.json())).containsExactly(amelie, brazil, casablanca);
        Catalog.problemOn(Catalog.put(items + "/" + casablanca + "/position", "{\"position\":3}", ann), 422,
                "POSITION_OUT_OF_RANGE", "position");
        Api.Reply removed = Catalog.delete(items + "/" + amelie, ann);
        assertThat(removed.status()).isEqualTo(204);
        assertThat(removed.header("ETag")).isEqualTo("\"5\"");
        Catalog.problem(Catalog.delete(items + "/" + amelie, ann), 404, "PLAYLIST_ITEM_NOT_FOUND");

        Api.Reply read = Api.get(PLAYLISTS + "/" + id, ann);
        assertThat(titleIds(read.json())).containsExactly(brazil, casablanca);
        assertThat(read.json().get("itemCount").asInt()).isEqualTo(2);
        assertThat(Catalog.get(PLAYLISTS + "/" + id, ann, "If-None-Match", read.header("ETag")).status())
                .isEqualTo(304);

        JsonNode page = Api.get(PLAYLISTS + "?limit=1", ann).json();
        assertThat(page.get("items")).extracting(p -> p.get("name").asText()).containsExactly("Road trip");
        assertThat(page.get("items").get(0).get("itemCount").asInt()).isEqualTo(2);
        assertThat(page.get("items").get(0).get("preview")).extracting(t -> t.get("id").asText())
                .containsExactly(brazil, casablanca);
        JsonNode next = Api.get(PLAYLISTS + "?limit=1&cursor=" + page.get("nextCursor").asText(), ann).json();
        assertThat(next.get("items")).extracting(p -> p.get("name").asText()).containsExactly("Sunday");
        assertThat(next.get("nextCursor").isNull()).isTrue();
    }

    @Test
    void aPlaylistIsRenamedOnlyFromTheVersionItsEditorSaw() {
        String ann = Accounts.newUser().accessToken();
        Api.Reply created = Api.post(PLAYLISTS, "{\"name\":\"Noir\",\"description\":\"Old films\"}", ann);
        String playlist = PLAYLISTS + "/" + created.json().get("id").asText();
        Api.post(PLAYLISTS, "{\"name\":\"Westerns\"}", ann);

        Api.Reply renamed = Catalog.patch(playlist, "{\"name\":\"Film noir\",\"description\":null}", ann,
                "If-Match", created.header("ETag"));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.json().get("name").asText()).isEqualTo("Film noir");
        assertThat(renamed.json().get("description").isNull()).isTrue();
        assertThat(renamed.header("ETag")).isEqualTo("\"1\"");

        Catalog.problem(Catalog.patch(playlist, "{\"name\":\"Stale\"}", ann, "If-Match", created.header("ETag")),
                412, "VERSION_MISMATCH");
        Catalog.problemOn(Catalog.patch(playlist, "{\"name\":\"westerns\"}", ann), 409, "PLAYLIST_NAME_TAKEN", "name");
        Catalog.problemOn(Catalog.patch(playlist, "{\"name\":null}", ann), 400, "INVALID_VALUE", "name");
        Catalog.problemOn(Catalog.patch(playlist, "{\"name\":\"" + "x".repeat(101) + "\"}", ann), 400,
                "INVALID_VALUE", "name");
        Catalog.problemOn(Api.post(PLAYLISTS, "{\"name\":\"   \"}", ann), 400, "INVALID_VALUE", "name");
        Catalog.problemOn(Api.get(PLAYLISTS + "?cursor=bm9wZQ", ann), 400, "INVALID_CURSOR", "cursor");
        assertThat(Api.get(playlist, ann).json().get("name").asText()).isEqualTo("Film noir");

        assertThat(Catalog.delete(playlist, ann).status()).isEqualTo(204);
        Catalog.problem(Api.get(playlist, ann), 404, "PLAYLIST_NOT_FOUND");
    }

    @Test
    void anEmptyPatchChangesNothingNotEvenTheETag() {
        String ann = Accounts.newUser().accessToken();
        Api.Reply created = Api.post(PLAYLISTS, "{\"name\":\"Quiet\",\"description\":\"As it is\"}", ann);
        String playlist = PLAYLISTS + "/" + created.json().get("id").asText();

        Api.Reply empty = Catalog.patch(playlist, "{}", ann);
        assertThat(empty.status()).as(empty.body()).isEqualTo(200);
        assertThat(empty.header("ETag")).isEqualTo(created.header("ETag"));
        assertThat(empty.json().get("name").asText()).isEqualTo("Quiet");
        assertThat(empty.json().get("description").asText()).isEqualTo("As it is");
        Api.Reply withIfMatch = Catalog.patch(playlist, "{}", ann, "If-Match", created.header("ETag"));
        assertThat(withIfMatch.status()).isEqualTo(200);
        assertThat(withIfMatch.header("ETag")).isEqualTo("\"0\"");
        assertThat(Api.get(playlist, ann).json().get("updatedAt")).isEqualTo(created.json().get("updatedAt"));
        Catalog.problem(Catalog.patch(playlist, "{}", ann, "If-Match", "\"7\""), 412, "VERSION_MISMATCH");
        Catalog.problem(Catalog.patch(playlist, "{}", Accounts.newUser().accessToken()), 404, "PLAYLIST_NOT_FOUND");
    }

    @Test
    void anotherViewersPlaylistIsNotFoundWhateverTheyTry() {
        String admin = Accounts.admin().accessToken();
        String ann = Accounts.newUser().accessToken();
        String bob = Accounts.newUser().accessToken();
        String film = Catalog.published(admin, Catalog.film("Private " + Catalog.word(), 1999));
        String playlist = PLAYLISTS + "/" + Api.post(PLAYLISTS, "{\"name\":\"Ann only\"}", ann).json().get("id")
                .asText();
        Api.post(playlist + "/items", "{\"titleId\":\"" + film + "\"}", ann);
        String missing = PLAYLISTS + "/" + UUID.randomUUID();

        for (String path : List.of(playlist, missing)) {
            JsonNode notFound = Catalog.problem(Api.get(path, bob), 404, "PLAYLIST_NOT_FOUND");
            assertThat(notFound.get("detail").asText()).isEqualTo(
                    Catalog.problem(Api.get(missing, bob), 404, "PLAYLIST_NOT_FOUND").get("detail").asText());
            Catalog.problem(Catalog.patch(path, "{\"name\":\"Mine now\"}", bob), 404, "PLAYLIST_NOT_FOUND");
            Catalog.problem(Catalog.patch(path, "{\"name\":\"Mine now\"}", bob, "If-Match", "\"0\""), 404,
                    "PLAYLIST_NOT_FOUND");
            Catalog.problem(Catalog.delete(path, bob), 404, "PLAYLIST_NOT_FOUND");
            Catalog.problem(Api.post(path + "/items", "{\"titleId\":\"" + film + "\"}", bob), 404,
                    "PLAYLIST_NOT_FOUND");
            Catalog.problem(Catalog.delete(path + "/items/" + film, bob), 404, "PLAYLIST_NOT_FOUND");
            Catalog.problem(Catalog.put(path + "/items/" + film + "/position", "{\"position\":0}", bob), 404,
                    "PLAYLIST_NOT_FOUND");
        }
        assertThat(Api.get(PLAYLISTS, bob).json().get("items")).isEmpty();
        assertThat(Api.post(PLAYLISTS, "{\"name\":\"Ann only\"}", bob).status()).isEqualTo(201);
        JsonNode annsOwn = Api.get(playlist, ann).json();
        assertThat(annsOwn.get("name").asText()).isEqualTo("Ann only");
        assertThat(titleIds(annsOwn)).containsExactly(film);
        assertThat(Api.get(PLAYLISTS, null).status()).isEqualTo(401);
    }

    @Test
    void aTitleThatLeavesTheCatalogStaysInThePlaylistMarkedUnavailable() {
        String admin = Accounts.admin().accessToken();
        String ann = Accounts.newUser().accessToken();
        String word = Catalog.word();
        String leaving = Catalog.published(admin, Catalog.film("Leaving " + word, 1977));
        String staying = Catalog.published(admin, Catalog.film("Staying " + word, 1978));
        String draft = Catalog.draft(admin, Catalog.film("Draft " + word, 1979));
        String playlist = PLAYLISTS + "/" + Api.post(PLAYLISTS, "{\"name\":\"Seventies\"}", ann).json().get("id")
                .asText();
        Api.post(playlist + "/items", "{\"titleId\":\"" + leaving + "\"}", ann);
        Api.post(playlist + "/items", "{\"titleId\":\"" + staying + "\"}", ann);
        Catalog.problem(Api.post(playlist + "/items", "{\"titleId\":\"" + draft + "\"}", ann), 404,
                "TITLE_NOT_FOUND");
        String before = Api.get(playlist, ann).header("ETag");

        Api.Reply removal = Catalog.delete(Catalog.TITLES + "/" + leaving, admin);
        assertThat(removal.status()).as(removal.body()).isEqualTo(200);
        assertThat(removal.json().get("outcome").asText()).isEqualTo("ARCHIVED");

        Api.Reply after = Catalog.get(playlist, ann, "If-None-Match", before);
        assertThat(after.status()).as("the list shows something new, though the playlist's version did not move")
                .isEqualTo(200);
        JsonNode items = after.json().get("items");
        assertThat(items).extracting(item -> item.get("title").get("id").asText()).containsExactly(leaving, staying);
        assertThat(items).extracting(item -> item.get("title").get("available").asBoolean()).containsExactly(false,
                true);
        Catalog.problem(Api.post(PLAYLISTS + "/" + Api.post(PLAYLISTS, "{\"name\":\"Later\"}", ann).json().get("id")
                .asText() + "/items", "{\"titleId\":\"" + leaving + "\"}", ann), 404, "TITLE_NOT_FOUND");
        assertThat(Catalog.put(playlist + "/items/" + leaving + "/position", "{\"position\":1}", ann).status())
                .isEqualTo(200);
        assertThat(Catalog.delete(playlist + "/items/" + leaving, ann).status()).isEqualTo(204);
    }

    @Test
    void aFullPlaylistRefusesTheFiveHundredAndFirstTitleInEnglishAndFrench() throws SQLException {
        String admin = Accounts.admin().accessToken();
        String ann = Accounts.newUser().accessToken();
        String id = Api.post(PLAYLISTS, "{\"name\":\"Everything\"}", ann).json().get("id").asText();
        fillWithNewTitles(id, 500);
        String more = Catalog.published(admin, Catalog.film("One more " + Catalog.word(), 2020));

        JsonNode full = Api.get(PLAYLISTS + "/" + id, ann).json();
        assertThat(full.get("itemCount").asInt()).isEqualTo(500);
        assertThat(full.get("items").get(499).get("position").asInt()).isEqualTo(499);
        String items = PLAYLISTS + "/" + id + "/items";
        JsonNode english = Catalog.problem(Api.post(items, "{\"titleId\":\"" + more + "\"}", ann), 409,
                "PLAYLIST_FULL");
        assertThat(english.get("detail").asText()).contains("500");
        JsonNode french = Catalog.problem(Api.send(Api.request(items, ann).header("Content-Type", "application/json")
                .header("Accept-Language", "fr").POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"titleId\":\"" + more + "\"}"))), 409, "PLAYLIST_FULL");
        assertThat(french.get("title").asText()).isEqualTo("Liste de lecture pleine");

        assertThat(Catalog.delete(items + "/" + full.get("items").get(0).get("title").get("id").asText(), ann)
                .status()).isEqualTo(204);
        Api.Reply last = Api.post(items, "{\"titleId\":\"" + more + "\"}", ann);
        assertThat(last.status()).as(last.body()).isEqualTo(200);
        assertThat(last.json().get("items").get(499).get("title").get("id").asText()).isEqualTo(more);
    }

    /** Files {@code count} new published films straight in the database and puts them in the playlist: setup only. */
    @Test
    void aNameOfAHundredCharactersIsKeptEvenWhenItsLowerCaseIsLonger() {
        String ann = Accounts.newUser().accessToken();
        String dotted = "İ".repeat(100);

        Api.Reply created = Api.post(PLAYLISTS, "{\"name\":\"" + dotted + "\"}", ann);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("name").asText()).isEqualTo(dotted);
        Catalog.problemOn(Api.post(PLAYLISTS, "{\"name\":\"" + dotted + "\"}", ann), 409, "PLAYLIST_NAME_TAKEN",
                "name");
    }

    private static void fillWithNewTitles(String playlistId, int count) throws SQLException {
        DataSource database = DelegatingDataSource.unwrapDataSource(MarqueeServer.context().getBean(DataSource.class));
        try (Connection connection = database.getConnection(); PreparedStatement fill = connection.prepareStatement("""
                WITH filed AS (
                    INSERT INTO titles (id, kind, status, name, release_year, runtime_minutes, created_at, updated_at)
                    SELECT gen_random_uuid(), 'MOVIE', 'PUBLISHED', 'Filler ' || ? || ' ' || n, 2000, 90, now(), now()
                      FROM generate_series(1, ?) AS n
                    RETURNING id, name)
                INSERT INTO playlist_items (playlist_id, title_id, position, added_at)
                SELECT CAST(? AS uuid), id, row_number() OVER (ORDER BY name) - 1, now() FROM filed""")) {
            fill.setString(1, Catalog.word());
            fill.setInt(2, count);
            fill.setString(3, playlistId);
            assertThat(fill.executeUpdate()).isEqualTo(count);
        }
    }

    private static List<String> titleIds(JsonNode playlist) {
        return StreamSupport.stream(playlist.get("items").spliterator(), false)
                .map(item -> item.get("title").get("id").asText()).toList();
    }
}
