package app.marquee.adapter.persistence.recommendation;

import app.marquee.application.recommendation.port.in.RecommendTitlesQuery;
import app.marquee.domain.catalog.person.PersonId;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.recommendation.PersonMention;
import app.marquee.domain.recommendation.Reason;
import app.marquee.domain.recommendation.ReasonKind;
import app.marquee.domain.recommendation.Recommendation;
import app.marquee.domain.recommendation.Taste;
import app.marquee.domain.recommendation.TasteEntry;
import app.marquee.domain.recommendation.TitleMention;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The viewer's own titles read through the per-instance cache of features ({@link TasteFeatures}),
 * here kept for an hour, with every change made straight in the database as another instance or
 * an editor would make it: the history, the titles' names and status and the people's names are
 * always current; genres, credits, year and languages are kept.
 */
@MicronautTest(transactional = false)
class TasteFeaturesCacheTest extends KeptForAnHourTest {
    @Inject
    RecommendTitlesQuery recommendations;
    @Inject
    TastePersistenceAdapter tastes;

    @Test
    void aReasonNamesTheLikedTitleAndItsDirectorAsTheyAreCalledNowEvenWhenTheirFeaturesAreKept() {
        UUID director = data.person("Michael Mann");
        UUID liked = data.film("Thief", "PUBLISHED", data.genre("thriller"), director);
        UUID candidate = data.film("Heat", "PUBLISHED", data.genre("crime"), director);
        UUID viewer = data.viewer();
        data.favorite(viewer, liked);
        assertThat(reasonFor(viewer, candidate)).isEqualTo(Reason.sharedPerson(ReasonKind.SAME_DIRECTOR,
                new TitleMention(new TitleId(liked), "Thief"), new PersonMention(new PersonId(director), "Michael Mann")));

        ViewingData.run("UPDATE people SET name = ? WHERE id = ?", "Michael K. Mann", director);
        ViewingData.run("UPDATE titles SET name = ? WHERE id = ?", "Violent Streets", liked);

        assertThat(reasonFor(viewer, candidate)).isEqualTo(Reason.sharedPerson(ReasonKind.SAME_DIRECTOR,
                new TitleMention(new TitleId(liked), "Violent Streets"),
                new PersonMention(new PersonId(director), "Michael K. Mann")));
    }

    @Test
    void aTitleFavoritedAMomentAgoIsNeverRecommendedThoughItsFeaturesWereKept() {
        UUID genre = data.genre("caper");
        UUID liked = data.film("Rififi", "PUBLISHED", genre, null);
        UUID candidate = data.film("Topkapi", "PUBLISHED", genre, null);
        UUID viewer = data.viewer();
        data.favorite(viewer, liked);
        assertThat(recommended(viewer)).contains(candidate);

        data.favorite(viewer, candidate);

        assertThat(recommended(viewer)).doesNotContain(candidate);
        assertThat(entries(viewer)).containsKey(candidate);
    }

    @Test
    void aLikedTitlePutBackInDraftStopsShapingTheListAtOnceAndIsStillNeverRecommended() {
        UUID genre = data.genre("melodrama");
        UUID director = data.person("Douglas Sirk");
        UUID liked = data.film("All That Heaven Allows", "PUBLISHED", genre, director);
        UUID viewer = data.viewer();
        data.favorite(viewer, liked);
        assertThat(entries(viewer)).containsKey(liked);

        data.status(liked, "DRAFT");

        Taste taste = tastes.tasteOf(new AccountId(viewer), 200);
        assertThat(taste.entries()).isEmpty();
        assertThat(taste.alsoSeen()).containsExactly(new TitleId(liked));
        assertThat(recommended(viewer)).doesNotContain(liked);
    }

    @Test
    void aLikedTitlesGenresAndYearAreKeptForTheirTimeToLiveUnlessItsStatusMoves() {
        UUID genre = data.genre("neo-noir");
        UUID liked = data.film("Le Samourai", "PUBLISHED", genre, null);
        UUID viewer = data.viewer();
        data.favorite(viewer, liked);
        assertThat(entries(viewer).get(liked).title().releaseYear()).isEqualTo(2001);

        ViewingData.run("UPDATE titles SET release_year = 1967 WHERE id = ?", liked);
        assertThat(entries(viewer).get(liked).title().releaseYear()).as("kept").isEqualTo(2001);

        data.status(liked, "ARCHIVED");
        assertThat(entries(viewer).get(liked).title().releaseYear()).as("read again: its status moved")
                .isEqualTo(1967);
        assertThat(entries(viewer).get(liked).title().status().name()).isEqualTo("ARCHIVED");
    }

    private Map<UUID, TasteEntry> entries(UUID viewer) {
        Map<UUID, TasteEntry> entries = new HashMap<>();
        tastes.tasteOf(new AccountId(viewer), 200).entries()
                .forEach(entry -> entries.put(entry.title().id().value(), entry));
        return entries;
    }

    private List<UUID> recommended(UUID viewer) {
        return recommendations.recommend(new RecommendTitlesQuery.Request(new AccountId(viewer), 50)).stream()
                .map(recommendation -> recommendation.titleId().value()).toList();
    }

    private Reason reasonFor(UUID viewer, UUID title) {
        return recommendations.recommend(new RecommendTitlesQuery.Request(new AccountId(viewer), 50)).stream()
                .filter(recommendation -> recommendation.titleId().value().equals(title))
                .map(Recommendation::reason).findFirst().orElseThrow();
    }
}
