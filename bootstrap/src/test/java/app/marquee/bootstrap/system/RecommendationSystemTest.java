package app.marquee.bootstrap.system;

import app.marquee.application.recommendation.port.in.RefreshCoFavoritesUseCase;
import app.marquee.domain.recommendation.CoFavoritesRefresh;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static app.marquee.bootstrap.system.Catalog.TITLES;
import static org.assertj.core.api.Assertions.assertThat;

/** Viewers ask what to watch next: popular titles at first, then titles like the ones they love, and why. */
class RecommendationSystemTest {
    private static final String RECOMMENDATIONS = "/api/v1/me/recommendations";
    /** Catalog.film runs 110 minutes; 90 % of it is finished. */
    private static final int FINISHED_SECONDS = 99 * 60;

    private final String admin = Accounts.admin().accessToken();

    @Test
    void aNewViewerIsOfferedPopularTitlesNeverADraft() {
        String genre = Catalog.genre(admin, "hit-" + Catalog.word());
        String hit = Catalog.published(admin, Catalog.film("Hit " + Catalog.word(), 2010, genre));
        String draft = Catalog.draft(admin, Catalog.film("Unreleased " + Catalog.word(), 2010, genre));
        for (int i = 0; i < 8; i++) {
            favorite(hit, Accounts.newUser().accessToken());
        }
        Catalog.refreshPopularity();
        String newcomer = Accounts.newUser().accessToken();

        List<JsonNode> items = items(Catalog.get(RECOMMENDATIONS + "?limit=50", newcomer));

        assertThat(items).isNotEmpty().allSatisfy(item -> {
            assertThat(item.get("reason").get("kind").asText()).isIn("POPULAR_IN_GENRE", "POPULAR");
            assertThat(item.get("reason").get("text").asText()).startsWith("Popular");
            assertThat(item.get("title").get("available").asBoolean()).isTrue();
        });
        assertThat(ids(items)).contains(hit).doesNotContain(draft);
        JsonNode hitItem = items.stream().filter(item -> item.get("title").get("id").asText().equals(hit))
                .findFirst().orElseThrow();
        assertThat(hitItem.get("reason").get("genre").get("name").asText()).startsWith("Genre hit-");
    }

    @Test
    void aViewerWhoFavoritesAFilmIsOfferedAnotherFilmOfItsDirectorFirstAndNothingAlreadySeen() {
        String genre = Catalog.genre(admin, "auteur-" + Catalog.word());
        String director = Catalog.person(admin, "Director " + Catalog.word());
        String loved = Catalog.published(admin, directedBy(Catalog.film("Loved " + Catalog.word(), 2001, genre),
                director));
        // Another genre: the director is all it shares with what the viewer likes, so the reason cannot
        // depend on how rare the genre looks to the (cached) catalog counts of this shared test server.
        String otherGenre = Catalog.genre(admin, "auteur-" + Catalog.word());
        String sameDirector = Catalog.published(admin, directedBy(Catalog.film("Next " + Catalog.word(), 2004,
                otherGenre), director));
        String watched = Catalog.published(admin, directedBy(Catalog.film("Watched " + Catalog.word(), 2003, genre),
                director));
        String draft = Catalog.draft(admin, directedBy(Catalog.film("Draft " + Catalog.word(), 2005, genre), director));
        String archived = Catalog.published(admin, directedBy(Catalog.film("Gone " + Catalog.word(), 2002, genre),
                director));
        Catalog.patch(TITLES + "/" + archived, "{\"status\":\"ARCHIVED\"}", admin);
        String ann = Accounts.newUser().accessToken();
        favorite(loved, ann);
        Api.Reply finished = Catalog.put("/api/v1/me/progress/" + watched,
                "{\"positionSeconds\":" + FINISHED_SECONDS + "}", ann);
        assertThat(finished.status()).as(finished.body()).isEqualTo(200);

        Api.Reply english = Catalog.get(RECOMMENDATIONS, ann);
        List<JsonNode> items = items(english);

        JsonNode first = items.get(0);
        assertThat(first.get("title").get("id").asText()).isEqualTo(sameDirector);
        assertThat(first.get("score").asDouble()).isPositive();
        JsonNode reason = first.get("reason");
        assertThat(reason.get("kind").asText()).isEqualTo("SAME_DIRECTOR");
        assertThat(reason.get("title").get("id").asText()).isIn(loved, watched);
        assertThat(reason.get("person").get("id").asText()).isEqualTo(director);
        String likedName = reason.get("title").get("name").asText();
        String directorName = reason.get("person").get("name").asText();
        assertThat(reason.get("text").asText())
                .isEqualTo("Because you liked " + likedName + ": same director (" + directorName + ")");
        assertThat(ids(items)).doesNotContain(loved, watched, draft, archived);
        assertThat(items).hasSizeLessThanOrEqualTo(20);

        JsonNode french = items(Catalog.get(RECOMMENDATIONS, ann, "Accept-Language", "fr")).get(0).get("reason");
        assertThat(french.get("text").asText())
                .isEqualTo("Parce que vous avez aimé " + likedName + " : même réalisateur (" + directorName + ")");

        assertThat(Catalog.get(RECOMMENDATIONS, ann).body()).isEqualTo(english.body());
    }

    @Test
    void aNewFanOfAFilmIsOfferedWhatItsOtherFansLoveOnceTheirCoFavoritesAreKept() {
        String loved = Catalog.published(admin, Catalog.film("Cult " + Catalog.word(), 1999,
                Catalog.genre(admin, "cult-" + Catalog.word())));
        String alsoLoved = Catalog.published(admin, Catalog.film("Companion " + Catalog.word(), 1968,
                Catalog.genre(admin, "cult-" + Catalog.word())));
        for (int fan = 0; fan < 3; fan++) {
            String token = Accounts.newUser().accessToken();
            favorite(loved, token);
            favorite(alsoLoved, token);
        }
        String newFan = Accounts.newUser().accessToken();
        favorite(loved, newFan);

        refreshCoFavorites();

        JsonNode offered = items(Catalog.get(RECOMMENDATIONS, newFan)).stream()
                .filter(item -> item.get("title").get("id").asText().equals(alsoLoved)).findFirst().orElseThrow();
        assertThat(offered.get("reason").get("kind").asText()).isEqualTo("LIKED_BY_SIMILAR_VIEWERS");
        assertThat(offered.get("reason").get("title").get("id").asText()).isEqualTo(loved);
    }

    /** What the scheduled job does, round after round; if its own round holds the lock, ask again. */
    private static void refreshCoFavorites() {
        RefreshCoFavoritesUseCase refresh = MarqueeServer.context().getBean(RefreshCoFavoritesUseCase.class);
        for (int attempt = 0; attempt < 200; attempt++) {
            if (refresh.refreshNextBatch() instanceof CoFavoritesRefresh.Recomputed round
                    && round.titles() < RefreshCoFavoritesUseCase.BATCH) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("co-favorites were still due after 200 rounds");
    }

    @Test
    void recommendationsAreForSignedInViewersWithinFiftyTitles() {
        String ann = Accounts.newUser().accessToken();

        Catalog.problem(Catalog.get(RECOMMENDATIONS, null), 401, "UNAUTHORIZED");
        Catalog.problem(Catalog.get(RECOMMENDATIONS + "?limit=51", ann), 400, "VALIDATION_FAILED");
        Catalog.problem(Catalog.get(RECOMMENDATIONS + "?limit=0", ann, "Accept-Language", "fr"), 400,
                "VALIDATION_FAILED");
        assertThat(items(Catalog.get(RECOMMENDATIONS + "?limit=3", ann))).hasSizeLessThanOrEqualTo(3);
    }

    private static ObjectNode directedBy(ObjectNode film, String personId) {
        film.withArray("credits").addObject().put("personId", personId).put("role", "DIRECTOR").put("billing", 1);
        return film;
    }

    private static void favorite(String title, String token) {
        Api.Reply added = Catalog.put("/api/v1/me/favorites/" + title, "", token);
        assertThat(added.status()).as(added.body()).isEqualTo(204);
    }

    private static List<JsonNode> items(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        reply.json().get("items").forEach(items::add);
        return items;
    }

    private static List<String> ids(List<JsonNode> items) {
        return items.stream().map(item -> item.get("title").get("id").asText()).toList();
    }
}
