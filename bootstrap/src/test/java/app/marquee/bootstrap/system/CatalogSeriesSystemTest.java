package app.marquee.bootstrap.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static app.marquee.bootstrap.system.Catalog.TITLES;
import static org.assertj.core.api.Assertions.assertThat;

/** A series is told in seasons of episodes, each numbered once. */
class CatalogSeriesSystemTest {

    private static String episode(int number, String name, int runtime) {
        return Catalog.json().put("number", number).put("name", name).put("runtimeMinutes", runtime).toString();
    }

    @Test
    void anAdminOpensSeasonsAndAddsEpisodesEachNumberedOnce() {
        String admin = Accounts.admin().accessToken();
        String word = Catalog.word();
        String id = Catalog.published(admin, Catalog.series("Lighthouse " + word, 2019));
        String seasons = TITLES + "/" + id + "/seasons";

        Api.Reply first = Api.post(seasons, "{\"number\":1,\"name\":\"The Keeper\"}", admin);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("episodes")).isEmpty();
        assertThat(Api.post(seasons, "{\"number\":2}", admin).status()).isEqualTo(201);
        Catalog.problemOn(Api.post(seasons, "{\"number\":1}", admin), 409, "SEASON_NUMBER_TAKEN", "number");

        Api.Reply pilot = Api.post(seasons + "/1/episodes", episode(1, "Pilot", 52), admin);
        assertThat(pilot.status()).as(pilot.body()).isEqualTo(201);
        String pilotId = pilot.json().get("id").asText();
        String storm = Api.post(seasons + "/1/episodes", episode(3, "Storm", 48), admin).json().get("id").asText();
        Catalog.problemOn(Api.post(seasons + "/1/episodes", episode(1, "Again", 50), admin), 409,
                "EPISODE_NUMBER_TAKEN", "number");

        Api.Reply renumbered = Catalog.put(seasons + "/1/episodes/" + storm, episode(2, "The Storm", 49), admin);
        assertThat(renumbered.status()).as(renumbered.body()).isEqualTo(200);
        Catalog.problem(Catalog.put(seasons + "/1/episodes/" + storm, episode(1, "Clash", 49), admin), 409,
                "EPISODE_NUMBER_TAKEN");
        assertThat(Api.patch(seasons + "/2", "{\"name\":\"The Return\"}", admin).json().get("name").asText())
                .isEqualTo("The Return");

        JsonNode title = Api.get(TITLES + "/" + id, null).json();
        assertThat(title.get("runtimeMinutes").isNull()).isTrue();
        assertThat(title.get("seasons")).extracting(season -> season.get("number").asInt()).containsExactly(1, 2);
        assertThat(title.get("seasons").get(0).get("episodes"))
                .extracting(episode -> episode.get("number").asInt() + " " + episode.get("name").asText())
                .containsExactly("1 Pilot", "2 The Storm");

        assertThat(Catalog.delete(seasons + "/1/episodes/" + pilotId, admin).status()).isEqualTo(204);
        Catalog.problem(Catalog.delete(seasons + "/1/episodes/" + pilotId, admin), 404, "EPISODE_NOT_FOUND");
        assertThat(Catalog.delete(seasons + "/2", admin).status()).isEqualTo(204);
        Catalog.problem(Api.post(seasons + "/2/episodes", episode(1, "Lost", 40), admin), 404, "SEASON_NOT_FOUND");
        assertThat(Api.get(TITLES + "/" + id, null).json().get("seasons")).hasSize(1);
    }

    @Test
    void aFilmHasNoSeasonsAndUnknownOnesAreNotFound() {
        String admin = Accounts.admin().accessToken();
        String film = Catalog.published(admin, Catalog.film("Single " + Catalog.word(), 2004));

        Catalog.problem(Api.post(TITLES + "/" + film + "/seasons", "{\"number\":1}", admin), 422, "NOT_A_SERIES");
        Catalog.problem(Api.post(TITLES + "/" + UUID.randomUUID() + "/seasons", "{\"number\":1}", admin), 404,
                "TITLE_NOT_FOUND");
        String series = Catalog.published(admin, Catalog.series("Empty " + Catalog.word(), 2004));
        Catalog.problem(Api.patch(TITLES + "/" + series + "/seasons/7", "{\"name\":\"x\"}", admin), 404,
                "SEASON_NOT_FOUND");
        Catalog.problem(Catalog.delete(TITLES + "/" + series + "/seasons/7", admin), 404, "SEASON_NOT_FOUND");
        Catalog.problemOn(Api.post(TITLES + "/" + series + "/seasons", "{\"number\":1000}", admin), 400,
                "INVALID_VALUE", "number");
        Catalog.problemOn(Api.post(TITLES + "/" + series + "/seasons", "{\"number\":1,\"name\":\"a\\u0007b\"}",
                admin), 400, "INVALID_VALUE", "name");
    }

    @Test
    void seasonAndEpisodeWritesApplyOnlyToTheSeasonVersionTheEditorSaw() {
        String admin = Accounts.admin().accessToken();
        String id = Catalog.published(admin, Catalog.series("Versions " + Catalog.word(), 2010));
        String seasons = TITLES + "/" + id + "/seasons";
        Api.Reply opened = Api.post(seasons, "{\"number\":1}", admin);
        assertThat(opened.header("ETag")).isEqualTo("\"0\"");
        Api.Reply added = Api.post(seasons + "/1/episodes", episode(1, "Pilot", 50), admin);
        assertThat(added.header("ETag")).isEqualTo("\"1\"");
        String pilot = added.json().get("id").asText();
        String episode = seasons + "/1/episodes/" + pilot;

        Catalog.problem(Catalog.put(episode, episode(1, "Stale", 50), admin, "If-Match", "\"0\""), 412,
                "VERSION_MISMATCH");
        Api.Reply revised = Catalog.put(episode, episode(1, "Pilot, revised", 50), admin, "If-Match", "\"1\"");
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        assertThat(revised.json().get("name").asText()).isEqualTo("Pilot, revised");
        assertThat(revised.header("ETag")).isEqualTo("\"2\"");

        Catalog.problem(Catalog.patchJson(seasons + "/1", "{\"name\":\"Stale\"}", admin, "If-Match", "\"1\""), 412,
                "VERSION_MISMATCH");
        Api.Reply renamed = Catalog.patchJson(seasons + "/1", "{\"name\":\"One\"}", admin, "If-Match", "\"2\"");
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.header("ETag")).isEqualTo("\"3\"");
        assertThat(renamed.json().get("version").asLong()).isEqualTo(3);
        Catalog.problemOn(Catalog.put(episode, episode(1, "Two tags", 50), admin, "If-Match", "\"2\", \"3\""),
                400, "INVALID_VALUE", "If-Match");

        Catalog.problem(Catalog.delete(episode, admin, "If-Match", "\"2\""), 412, "VERSION_MISMATCH");
        assertThat(Catalog.delete(episode, admin, "If-Match", "\"3\"").status()).isEqualTo(204);
        Catalog.problem(Catalog.delete(seasons + "/1", admin, "If-Match", "\"3\""), 412, "VERSION_MISMATCH");
        assertThat(Catalog.delete(seasons + "/1", admin, "If-Match", "*").status()).isEqualTo(204);
        assertThat(Api.get(TITLES + "/" + id, null).json().get("seasons")).isEmpty();
    }
}
