package app.marquee.bootstrap.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static app.marquee.bootstrap.system.Catalog.TITLES;
import static org.assertj.core.api.Assertions.assertThat;

/** Viewers watch films and series: resume positions, history, continue watching, each viewer on their own. */
class WatchProgressSystemTest {
    private static final String PROGRESS = "/api/v1/me/progress/";
    private static final String HISTORY = "/api/v1/me/history";
    private static final String CONTINUE = "/api/v1/me/continue-watching";
    /** Catalog.film runs 110 minutes. */
    private static final int FILM_SECONDS = 110 * 60;

    private final String admin = Accounts.admin().accessToken();

    @Test
    void aViewerStopsHalfWayThroughAFilmResumesItAndSeesItLeaveContinueWatchingAtNinetyPercent() {
        String ann = Accounts.newUser().accessToken();
        String film = Catalog.published(admin, Catalog.film("Amelie " + Catalog.word(), 2001));

        JsonNode halfWay = ok(report(film, 1_800, ann));
        assertThat(halfWay.get("positionSeconds").asInt()).isEqualTo(1_800);
        assertThat(halfWay.get("runtimeSeconds").asInt()).isEqualTo(FILM_SECONDS);
        assertThat(halfWay.get("percent").asInt()).isEqualTo(27);
        assertThat(halfWay.get("finished").asBoolean()).isFalse();
        assertThat(halfWay.get("title").get("id").asText()).isEqualTo(film);
        assertThat(halfWay.get("episode").isNull()).isTrue();

        JsonNode line = items(CONTINUE, ann).get(0);
        assertThat(line.get("title").get("id").asText()).isEqualTo(film);
        assertThat(line.get("positionSeconds").asInt()).isEqualTo(1_800);
        assertThat(line.get("next").asBoolean()).isFalse();

        assertThat(ok(report(film, 5_939, ann)).get("finished").asBoolean()).isFalse();
        JsonNode finished = ok(report(film, 5_940, ann));
        assertThat(finished.get("finished").asBoolean()).isTrue();
        assertThat(finished.get("completedAt").isNull()).isFalse();
        assertThat(titleIds(CONTINUE, ann)).doesNotContain(film);
        assertThat(items(HISTORY, ann)).singleElement()
                .satisfies(entry -> assertThat(entry.get("finished").asBoolean()).isTrue());
    }

    @Test
    void aViewerFinishesTheLastEpisodeOfASeasonAndTheFirstOfTheNextIsOffered() {
        String ann = Accounts.newUser().accessToken();
        String series = Catalog.published(admin, Catalog.series("Lighthouse " + Catalog.word(), 2019));
        String finale = episode(series, 1, 1, "Finale");
        String opener = episode(series, 2, 1, "Opener");
        episode(series, 2, 2, "Second");

        JsonNode watched = ok(report(series, finale, 52 * 60, ann));
        assertThat(watched.get("episode").get("seasonNumber").asInt()).isEqualTo(1);
        assertThat(watched.get("finished").asBoolean()).isTrue();

        JsonNode next = items(CONTINUE, ann).get(0);
        assertThat(next.get("title").get("id").asText()).isEqualTo(series);
        assertThat(next.get("next").asBoolean()).isTrue();
        assertThat(next.get("positionSeconds").asInt()).isZero();
        assertThat(next.get("episode").get("id").asText()).isEqualTo(opener);
        assertThat(next.get("episode").get("seasonNumber").asInt()).isEqualTo(2);
        assertThat(next.get("episode").get("episodeNumber").asInt()).isEqualTo(1);
        assertThat(next.get("episode").get("name").asText()).isEqualTo("Opener");

        ok(report(series, opener, 600, ann));
        JsonNode resumed = items(CONTINUE, ann).get(0);
        assertThat(resumed.get("next").asBoolean()).isFalse();
        assertThat(resumed.get("positionSeconds").asInt()).isEqualTo(600);
        assertThat(items(CONTINUE, ann)).hasSize(1);
    }

    @Test
    void aSeriesIsWatchedEpisodeByEpisodeAndOnlyItsOwnEpisodes() {
        String ann = Accounts.newUser().accessToken();
        String series = Catalog.published(admin, Catalog.series("Harbour " + Catalog.word(), 2020));
        String other = Catalog.published(admin, Catalog.series("Quay " + Catalog.word(), 2020));
        String film = Catalog.published(admin, Catalog.film("Dock " + Catalog.word(), 2020));
        String elsewhere = episode(other, 1, 1, "Elsewhere");

        Catalog.problem(report(series, 10, ann), 422, "EPISODE_REQUIRED");
        Catalog.problem(report(series, elsewhere, 10, ann), 404, "EPISODE_NOT_FOUND");
        Catalog.problem(report(film, elsewhere, 10, ann), 404, "EPISODE_NOT_FOUND");
        String draft = Catalog.draft(admin, Catalog.film("Unreleased " + Catalog.word(), 2020));
        Catalog.problem(report(draft, 10, ann), 404, "TITLE_NOT_FOUND");
        assertThat(items(HISTORY, ann)).isEmpty();
    }

    @Test
    void aBadPositionIsRefusedNamingTheFieldInEnglishAndFrench() {
        String ann = Accounts.newUser().accessToken();
        String film = Catalog.published(admin, Catalog.film("Clock " + Catalog.word(), 2011));

        JsonNode beyond = Catalog.problemOn(report(film, FILM_SECONDS + 60, ann), 422, "POSITION_BEYOND_RUNTIME",
                "positionSeconds");
        assertThat(beyond.get("title").asText()).isEqualTo("Position past the end");
        JsonNode enFrancais = Catalog.problemOn(Catalog.put(PROGRESS + film, position(-1), ann,
                "Accept-Language", "fr"), 422, "POSITION_NEGATIVE", "positionSeconds");
        assertThat(enFrancais.get("title").asText()).isEqualTo("Position avant le début");
        assertThat(enFrancais.get("detail").asText()).contains("négative");
        Catalog.problemOn(Catalog.put(PROGRESS + film, "{}", ann), 400, "VALIDATION_FAILED", "positionSeconds");
        Catalog.problem(Catalog.put(PROGRESS + film, "{\"positionSeconds\":\"soon\"}", ann), 400, "INVALID_VALUE");
        Catalog.problem(report(film, 10, null), 401, "UNAUTHORIZED");
        assertThat(ok(report(film, FILM_SECONDS, ann)).get("percent").asInt()).isEqualTo(100);
        JsonNode pastTheRoundedRuntime = ok(report(film, FILM_SECONDS + 59, ann));
        assertThat(pastTheRoundedRuntime.get("positionSeconds").asInt()).isEqualTo(FILM_SECONDS);
        assertThat(pastTheRoundedRuntime.get("finished").asBoolean()).isTrue();
    }

    @Test
    void anotherViewersHistoryIsNeverShownNorForgotten() {
        String ann = Accounts.newUser().accessToken();
        String bob = Accounts.newUser().accessToken();
        String film = Catalog.published(admin, Catalog.film("Private " + Catalog.word(), 2015));
        ok(report(film, 300, ann));

        assertThat(items(HISTORY, bob)).isEmpty();
        assertThat(items(CONTINUE, bob)).isEmpty();
        Catalog.problem(Catalog.delete(HISTORY + "/" + film, bob), 404, "PROGRESS_NOT_FOUND");
        assertThat(titleIds(HISTORY, ann)).containsExactly(film);

        ok(report(film, 900, bob));
        assertThat(items(HISTORY, ann).get(0).get("positionSeconds").asInt()).isEqualTo(300);

        assertThat(Catalog.delete(HISTORY + "/" + film, ann).status()).isEqualTo(204);
        assertThat(items(HISTORY, ann)).isEmpty();
        assertThat(titleIds(CONTINUE, ann)).isEmpty();
        assertThat(titleIds(HISTORY, bob)).containsExactly(film);
    }

    @Test
    void theHistoryPagesNewestFirstAndKeepsATitleThatLeftTheCatalog() {
        String ann = Accounts.newUser().accessToken();
        List<String> films = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            films.add(Catalog.published(admin, Catalog.film("Reel " + i + " " + Catalog.word(), 2000 + i)));
            ok(report(films.get(i), 60, ann));
        }

        Api.Reply first = Catalog.get(HISTORY + "?limit=2", ann);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(ids(first.json().get("items"))).containsExactly(films.get(2), films.get(1));
        Api.Reply second = Catalog.get(HISTORY + "?limit=2&cursor=" + first.json().get("nextCursor").asText(), ann);
        assertThat(ids(second.json().get("items"))).containsExactly(films.get(0));
        assertThat(second.json().get("nextCursor").isNull()).isTrue();
        Catalog.problem(Catalog.get(HISTORY + "?cursor=bm90LW91cnM", ann), 400, "INVALID_CURSOR");

        Api.Reply removed = Catalog.delete(TITLES + "/" + films.get(1), admin);
        assertThat(removed.json().get("outcome").asText()).isEqualTo("ARCHIVED");
        JsonNode archived = items(HISTORY, ann).get(1);
        assertThat(archived.get("title").get("id").asText()).isEqualTo(films.get(1));
        assertThat(archived.get("title").get("available").asBoolean()).isFalse();
        assertThat(titleIds(CONTINUE, ann)).containsExactly(films.get(2), films.get(0));
    }

    private String episode(String series, int season, int number, String name) {
        Api.post(TITLES + "/" + series + "/seasons", "{\"number\":" + season + "}", admin);
        Api.Reply created = Api.post(TITLES + "/" + series + "/seasons/" + season + "/episodes",
                Catalog.json().put("number", number).put("name", name).put("runtimeMinutes", 52).toString(), admin);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private static Api.Reply report(String title, int seconds, String token) {
        return Catalog.put(PROGRESS + title, position(seconds), token);
    }

    private static Api.Reply report(String series, String episode, int seconds, String token) {
        return Catalog.put(PROGRESS + series + "/episodes/" + episode, position(seconds), token);
    }

    private static String position(int seconds) {
        return "{\"positionSeconds\":" + seconds + "}";
    }

    private static JsonNode ok(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static JsonNode items(String path, String token) {
        return ok(Catalog.get(path, token)).get("items");
    }

    private static List<String> titleIds(String path, String token) {
        return ids(items(path, token));
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.get("title").get("id").asText()));
        return ids;
    }
}
