package app.marquee.adapter.persistence.recommendation;

import app.marquee.adapter.persistence.DatabaseTest;
import app.marquee.adapter.persistence.TestDatabase;
import app.marquee.application.recommendation.port.in.RecommendTitlesQuery;
import app.marquee.application.recommendation.port.out.CandidateBounds;
import app.marquee.domain.catalog.genre.GenreId;
import app.marquee.domain.catalog.person.PersonId;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.recommendation.Candidate;
import app.marquee.domain.recommendation.CoFavoritesRefresh;
import app.marquee.domain.recommendation.FeatureFrequencies;
import app.marquee.domain.recommendation.Recommendation;
import app.marquee.domain.recommendation.RecommendationScorer;
import app.marquee.domain.recommendation.Taste;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recommend use case, with its real adapters, on {@link ScaleCatalog}: 100,000 titles,
 * 1,000,000 favorites, a viewer with 50 favorites. Prints p50 and p95 over 200 calls after 20
 * warm-up calls. Run alone (it commits its data to the test database; on a scratch server named by
 * {@code DATASOURCES_DEFAULT_URL} the data is loaded once and reused by later runs):
 * {@code ./mvnw -o -q verify -pl adapters-persistence -am -Dtest=RecommendationScaleTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Drecommendation.scale=true}.
 */
@MicronautTest(transactional = false)
@EnabledIfSystemProperty(named = "recommendation.scale", matches = "true")
class RecommendationScaleTest extends DatabaseTest {
    private static final int WARM_UP = Integer.getInteger("recommendation.warm-up", 20);
    private static final int CALLS = 200;
    @Inject
    RecommendTitlesQuery recommendations;
    @Inject
    TastePersistenceAdapter tastes;
    @Inject
    RecommendationCandidatesPersistenceAdapter candidates;
    @Inject
    CoFavoritesPersistenceAdapter coFavorites;
    @Inject
    FeatureFrequenciesPersistenceAdapter frequencies;
    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void aViewerWithFiftyFavoritesOverOneHundredThousandTitles() throws Exception {
        long loading = System.nanoTime();
        UUID viewer = loadedViewer();
        System.out.printf("loaded in %.1f s%n", (System.nanoTime() - loading) / 1e9);
        long keeping = System.nanoTime();
        int titles = 0;
        CoFavoritesRefresh round;
        do {
            round = coFavorites.recomputeDue(1000);
            titles += ((CoFavoritesRefresh.Recomputed) round).titles();
        } while (((CoFavoritesRefresh.Recomputed) round).titles() == 1000);
        System.out.printf("co-favorites of %d titles computed in %.1f s%n", titles, (System.nanoTime() - keeping) / 1e9);
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
        System.out.printf("the list of 50 (SHA-256 of its text, to compare two versions): %s%n",
                digest(recommendations.recommend(new RecommendTitlesQuery.Request(new AccountId(viewer), 50))));
        Taste taste = tastes.tasteOf(new AccountId(viewer), 200);
        List<Candidate> drawn = inTransaction(() -> candidates.candidatesFor(taste, CandidateBounds.STANDARD));
        Set<GenreId> genres = new HashSet<>();
        drawn.forEach(candidate -> genres.addAll(candidate.title().genres()));
        Set<PersonId> people = new HashSet<>();
        taste.entries().forEach(entry -> entry.title().people().forEach(person -> people.add(person.id())));
        FeatureFrequencies counted = inTransaction(() -> frequencies.frequenciesOf(genres, people));
        RecommendationScorer scorer = RecommendationScorer.standard();
        List<TitleId> picks = first.stream().map(Recommendation::titleId).toList();
        System.out.printf("of which (medians): taste %.1f ms, candidates %.1f ms (%d drawn), frequencies %.1f ms, "
                        + "scoring %.1f ms, picks' status %.1f ms%n",
                median(() -> tastes.tasteOf(new AccountId(viewer), 200)),
                median(() -> candidates.candidatesFor(taste, CandidateBounds.STANDARD)), drawn.size(),
                median(() -> frequencies.frequenciesOf(genres, people)),
                median(() -> scorer.recommend(taste, drawn, counted, 20)),
                median(() -> candidates.publishedAmong(picks)));
    }

    /** The measured viewer, with the catalog loaded unless a scratch server kept it from an earlier run. */
    private static UUID loadedViewer() throws SQLException {
        try (Connection connection = TestDatabase.openConnection()) {
            UUID viewer = viewer(connection);
            if (viewer == null) {
                ScaleCatalog.load(connection);
                viewer = viewer(connection);
            }
            return viewer;
        }
    }

    /** The measured viewer, or null before the catalog is loaded. */
    private static UUID viewer(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement();
             ResultSet row = sql.executeQuery("SELECT id FROM accounts WHERE email = '" + ScaleCatalog.VIEWER_EMAIL + "'")) {
            return row.next() ? row.getObject(1, UUID.class) : null;
        }
    }

    private static String digest(List<Recommendation> list) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(list.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private <T> T inTransaction(Supplier<T> work) {
        return transactions.executeRead(status -> work.get());
    }

    private double median(Supplier<?> work) {
        long[] nanos = new long[21];
        for (int i = 0; i < nanos.length; i++) {
            long started = System.nanoTime();
            inTransaction(work);
            nanos[i] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        return nanos[nanos.length / 2] / 1e6;
    }
}
