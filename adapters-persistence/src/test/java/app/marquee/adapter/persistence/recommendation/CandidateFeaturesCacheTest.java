package app.marquee.adapter.persistence.recommendation;

import app.marquee.application.recommendation.port.in.RecommendTitlesQuery;
import app.marquee.application.recommendation.port.out.CandidateBounds;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.recommendation.Candidate;
import app.marquee.domain.recommendation.CoFavoritesRefresh;
import app.marquee.domain.recommendation.CreditedPerson;
import app.marquee.domain.recommendation.Taste;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The candidates' features kept per instance ({@link CandidateFeatures}), here for an hour, with
 * every change made straight in the database as another instance would make it: what is
 * recommended is still never a title put back in draft, a title published meanwhile is drawn at
 * once, and people's names are the taste's, never the cache's.
 */
@MicronautTest(transactional = false)
class CandidateFeaturesCacheTest extends KeptForAnHourTest {
    @Inject
    RecommendTitlesQuery recommendations;
    @Inject
    TastePersistenceAdapter tastes;
    @Inject
    RecommendationCandidatesPersistenceAdapter candidates;
    @Inject
    CoFavoritesPersistenceAdapter coFavorites;

    @Test
    void aRecommendedTitlePutBackInDraftAfterBeingCachedIsNeverRecommendedAndTheNextBestTakesItsPlace() {
        UUID genre = data.genre("noir");
        UUID director = data.person("Jules Dassin");
        UUID liked = data.film("Rififi", "PUBLISHED", genre, director);
        UUID best = data.film("Night and the City", "PUBLISHED", genre, director);
        UUID second = data.film("The Naked City", "PUBLISHED", genre, director);
        UUID third = data.film("Noir without Dassin", "PUBLISHED", genre, null);
        data.popularity(best, 3);
        data.popularity(second, 2);
        UUID viewer = data.viewer();
        data.favorite(viewer, liked);
        assertThat(recommended(viewer, 2)).containsExactly(best, second);

        data.status(best, "DRAFT");

        assertThat(recommended(viewer, 2)).containsExactly(second, third);
        assertThat(candidates.publishedAmong(List.of(new TitleId(best), new TitleId(second))))
                .containsExactly(new TitleId(second));
        assertThat(drawn(viewer)).as("forgotten by the cache, then read fresh").doesNotContainKey(best);
    }

    @Test
    void anArchivedTitleIsNeverRecommendedEither() {
        UUID genre = data.genre("western");
        UUID liked = data.film("Rio Bravo", "PUBLISHED", genre, null);
        UUID archived = data.film("El Dorado", "PUBLISHED", genre, null);
        UUID viewer = data.viewer();
        data.favorite(viewer, liked);
        assertThat(recommended(viewer, 1)).containsExactly(archived);

        data.status(archived, "ARCHIVED");

        assertThat(recommended(viewer, 1)).doesNotContain(archived);
    }

    @Test
    void aCandidatesFeaturesAreKeptForTheirTimeToLiveWhileItsStatusIsConfirmed() {
        UUID genre = data.genre("giallo");
        UUID liked = data.film("Deep Red", "PUBLISHED", genre, null);
        UUID candidate = data.film("Suspiria", "PUBLISHED", genre, null);
        UUID viewer = data.viewer();
        data.favorite(viewer, liked);
        int year = drawn(viewer).get(candidate).title().releaseYear();

        ViewingData.run("UPDATE titles SET release_year = release_year - 20 WHERE id = ?", candidate);

        assertThat(drawn(viewer).get(candidate).title().releaseYear()).as("kept, not read again").isEqualTo(year);
    }

    @Test
    void aCoFavoriteDrawnWhileInDraftIsDrawnAsSoonAsItIsPublished() {
        UUID genre = data.genre("kaiju");
        UUID liked = data.film("Godzilla", "PUBLISHED", genre, null);
        UUID draft = data.film("Mothra", "DRAFT", data.genre("moth"), null);
        for (int i = 0; i < 2; i++) {
            data.favorite(data.viewer(), liked, draft);
        }
        UUID viewer = data.viewer();
        data.favorite(viewer, liked);
        while (coFavorites.recomputeDue(200) instanceof CoFavoritesRefresh.Recomputed round && round.titles() == 200) {
            // until every title is up to date
        }
        assertThat(drawn(viewer)).doesNotContainKey(draft);

        data.status(draft, "PUBLISHED");

        assertThat(drawn(viewer)).containsKey(draft);
    }

    @Test
    void eachViewerSeesACachedCandidateCreditedWithTheirOwnPeopleUnderTheirCurrentNames() {
        UUID genre = data.genre("heist");
        UUID director = data.person("Michael Mann");
        UUID actor = data.person("Robert De Niro");
        UUID candidate = data.film("Heat", "PUBLISHED", genre, director, actor);
        UUID byDirector = data.viewer();
        data.favorite(byDirector, data.film("Thief", "PUBLISHED", genre, director));
        UUID byActor = data.viewer();
        data.favorite(byActor, data.film("Ronin", "PUBLISHED", genre, null, actor));
        assertThat(names(byDirector, candidate)).containsExactly("Michael Mann");

        ViewingData.run("UPDATE people SET name = ? WHERE id = ?", "Michael K. Mann", director);

        assertThat(names(byActor, candidate)).containsExactly("Robert De Niro");
        assertThat(names(byDirector, candidate)).containsExactly("Michael K. Mann");
    }

    private List<UUID> recommended(UUID viewer, int limit) {
        return recommendations.recommend(new RecommendTitlesQuery.Request(new AccountId(viewer), limit)).stream()
                .map(recommendation -> recommendation.titleId().value()).toList();
    }

    private Map<UUID, Candidate> drawn(UUID viewer) {
        Taste taste = tastes.tasteOf(new AccountId(viewer), 200);
        return candidates.candidatesFor(taste, CandidateBounds.STANDARD).stream()
                .collect(Collectors.toMap(candidate -> candidate.title().id().value(), candidate -> candidate));
    }

    private Set<String> names(UUID viewer, UUID candidate) {
        return drawn(viewer).get(candidate).title().people().stream().map(CreditedPerson::name)
                .collect(Collectors.toSet());
    }
}
