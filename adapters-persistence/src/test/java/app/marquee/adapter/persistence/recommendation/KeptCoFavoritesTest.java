package app.marquee.adapter.persistence.recommendation;

import app.marquee.application.recommendation.port.out.CandidateBounds;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.recommendation.Candidate;
import app.marquee.domain.recommendation.CoFavoritesRefresh;
import app.marquee.domain.recommendation.Taste;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each liked title's co-favorites kept per instance ({@link KeptCoFavorites}), here for an hour
 * (the job's round and the time to live both set so), with every change made straight in the
 * database: what the job recomputes reaches the candidates once the kept list expires, while the
 * viewer's own history still keeps out, at once, a co-favorite they have just favorited.
 */
@MicronautTest(transactional = false)
class KeptCoFavoritesTest extends KeptForAnHourTest {
    @Inject
    TastePersistenceAdapter tastes;
    @Inject
    RecommendationCandidatesPersistenceAdapter candidates;
    @Inject
    CoFavoritesPersistenceAdapter coFavorites;

    @Override
    protected Map<String, String> alsoKept() {
        return Map.of("marquee.jobs.co-favorites-refresh", "1h");
    }

    @Test
    void aLikedTitlesCoFavoritesAreKeptUntilTheirTimeIsUpThoughTheJobRecomputedThem() {
        UUID liked = data.film("Solaris", "PUBLISHED", data.genre("space"), null);
        UUID companion = data.film("Stalker", "PUBLISHED", data.genre("zone"), null);
        UUID later = data.film("Mirror", "PUBLISHED", data.genre("memory"), null);
        data.favorite(data.viewer(), liked, companion);
        recomputeAll();
        UUID viewer = data.viewer();
        data.favorite(viewer, liked);
        assertThat(drawn(viewer).get(companion).coFavorites()).containsEntry(new TitleId(liked), 1L);

        data.favorite(data.viewer(), liked, later);
        recomputeAll();

        UUID another = data.viewer();
        data.favorite(another, liked);
        assertThat(coFavoritesOf(viewer, later)).as("kept: Mirror is not yet among Solaris' co-favorites here")
                .doesNotContainKey(new TitleId(liked));
        assertThat(coFavoritesOf(another, later)).as("for every viewer of this instance")
                .doesNotContainKey(new TitleId(liked));
        assertThat(coFavoritesOf(another, companion)).containsEntry(new TitleId(liked), 1L);
    }

    @Test
    void aKeptCoFavoriteTheViewerHasJustFavoritedIsNeverDrawn() {
        UUID liked = data.film("Vertigo", "PUBLISHED", data.genre("obsession"), null);
        UUID companion = data.film("Rear Window", "PUBLISHED", data.genre("voyeur"), null);
        data.favorite(data.viewer(), liked, companion);
        recomputeAll();
        UUID viewer = data.viewer();
        data.favorite(viewer, liked);
        assertThat(drawn(viewer)).containsKey(companion);

        data.favorite(viewer, companion);

        assertThat(drawn(viewer)).doesNotContainKey(companion);
    }

    private void recomputeAll() {
        while (coFavorites.recomputeDue(200) instanceof CoFavoritesRefresh.Recomputed round && round.titles() == 200) {
            // until every title is up to date
        }
    }

    /** The candidate's co-favorite counts with the viewer's liked titles (none when it is not drawn). */
    private Map<TitleId, Long> coFavoritesOf(UUID viewer, UUID candidate) {
        Candidate drawn = drawn(viewer).get(candidate);
        return drawn == null ? Map.of() : drawn.coFavorites();
    }

    private Map<UUID, Candidate> drawn(UUID viewer) {
        Taste taste = tastes.tasteOf(new AccountId(viewer), 200);
        return candidates.candidatesFor(taste, CandidateBounds.STANDARD).stream()
                .collect(Collectors.toMap(candidate -> candidate.title().id().value(), candidate -> candidate));
    }
}
