package app.marquee.adapter.persistence.recommendation;

import app.marquee.adapter.persistence.DatabaseTest;
import app.marquee.adapter.persistence.TestDatabase;
import app.marquee.application.recommendation.port.in.RecommendTitlesQuery;
import app.marquee.application.recommendation.port.out.CandidateBounds;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.recommendation.Recommendation;
import app.marquee.domain.recommendation.Taste;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recommend use case, with its real adapters, on {@link ScaleCatalog}: 100,000 titles,
 * 1,000,000 favorites, a viewer with 50 favorites. Prints p50 and p95 over 200 calls after 20
 * warm-up calls. Run alone (it commits its data to the test database):
 * {@code ./mvnw -o -q verify -pl adapters-persistence -am -Dtest=RecommendationScaleTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Drecommendation.scale=true}.
 */
@MicronautTest(transactional = false)
@EnabledIfSystemProperty(named = "recommendation.scale", matches = "true")
class RecommendationScaleTest extends DatabaseTest {
    private static final int WARM_UP = 20;
    private static final int CALLS = 200;
    @Inject
    RecommendTitlesQuery recommendations;
    @Inject
    TastePersistenceAdapter tastes;
    @Inject
    RecommendationCandidatesPersistenceAdapter candidates;

    @Test
    void aViewerWithFiftyFavoritesOverOneHundredThousandTitles() throws Exception {
        UUID viewer;
        long loading = System.nanoTime();
        try (Connection connection = TestDatabase.openConnection()) {
            ScaleCatalog.load(connection);
            try (Statement sql = connection.createStatement();
                 ResultSet row = sql.executeQuery("SELECT id FROM accounts WHERE email = '" + ScaleCatalog.VIEWER_EMAIL + "'")) {
                row.next();
                viewer = row.getObject(1, UUID.class);
            }
        }
        System.out.printf("loaded in %.1f s%n", (System.nanoTime() - loading) / 1e9);
        RecommendTitlesQuery.Request request = new RecommendTitlesQuery.Request(new AccountId(viewer), 20);
        List<Recommendation> first = recommendations.recommend(request);
        for (int i = 0; i < WARM_UP; i++) {
            recommendations.recommend(request);
        }
        long[] nanos = new long[CALLS];
        for (int i = 0; i < CALLS; i++) {
            long started = System.nanoTime();
            assertThat(recommendations.recommend(request)).isEqualTo(first);
            nanos[i] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        System.out.printf("recommendations over %d calls: p50 %.1f ms, p95 %.1f ms, max %.1f ms; first: %s%n", CALLS,
                nanos[CALLS / 2] / 1e6, nanos[CALLS * 95 / 100] / 1e6, nanos[CALLS - 1] / 1e6, first.get(0));
        assertThat(first).hasSize(20);
        Taste taste = tastes.tasteOf(new AccountId(viewer), 200);
        System.out.printf("of which: taste %.1f ms, candidates %.1f ms (%d drawn)%n",
                median(() -> tastes.tasteOf(new AccountId(viewer), 200)),
                median(() -> candidates.candidatesFor(taste, CandidateBounds.STANDARD)),
                candidates.candidatesFor(taste, CandidateBounds.STANDARD).size());
    }

    private static double median(Runnable call) {
        long[] nanos = new long[21];
        for (int i = 0; i < nanos.length; i++) {
            long started = System.nanoTime();
            call.run();
            nanos[i] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        return nanos[nanos.length / 2] / 1e6;
    }
}
