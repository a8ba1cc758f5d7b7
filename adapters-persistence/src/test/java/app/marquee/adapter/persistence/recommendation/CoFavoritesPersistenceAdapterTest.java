package app.marquee.adapter.persistence.recommendation;

import app.marquee.adapter.persistence.DatabaseTest;
import app.marquee.adapter.persistence.TestDatabase;
import app.marquee.domain.recommendation.CoFavoritesRefresh;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kept co-favorites: strongest first, recomputed for the titles whose audience changed and for
 * every title of a fan whose favorites changed, so they are up to date after every change once the
 * job has caught up; one instance at a time.
 */
@MicronautTest(transactional = false)
class CoFavoritesPersistenceAdapterTest extends DatabaseTest {
    @Inject
    CoFavoritesPersistenceAdapter coFavorites;

    private final ViewingData data = new ViewingData();

    @Test
    void aTitlesCoFavoritesAreTheTitlesItsFansFavoriteMostStrongestFirst() throws SQLException {
        UUID genre = data.genre("nb-" + UUID.randomUUID().toString().substring(0, 8));
        UUID amelie = data.film("Amélie", "PUBLISHED", genre, null);
        UUID delicatessen = data.film("Delicatessen", "PUBLISHED", genre, null);
        UUID alien = data.film("Alien", "PUBLISHED", genre, null);
        for (int i = 0; i < 3; i++) {
            data.favorite(data.viewer(), amelie, delicatessen);
        }
        data.favorite(data.viewer(), amelie, alien);

        recomputeAllDue();

        assertThat(coFavoritesOf(amelie)).containsExactly(Map.entry(delicatessen, 3L), Map.entry(alien, 1L));
        assertThat(coFavoritesOf(alien)).containsExactly(Map.entry(amelie, 1L));
    }

    @Test
    void aChangedAudienceMakesTheTitleDueAgain() throws SQLException {
        UUID genre = data.genre("nb-" + UUID.randomUUID().toString().substring(0, 8));
        UUID amelie = data.film("Amélie", "PUBLISHED", genre, null);
        UUID delicatessen = data.film("Delicatessen", "PUBLISHED", genre, null);
        UUID fan = data.viewer();
        data.favorite(fan, amelie, delicatessen);
        recomputeAllDue();

        data.favorite(data.viewer(), amelie, delicatessen);
        assertThat(coFavorites.recomputeDue(200)).isEqualTo(new CoFavoritesRefresh.Recomputed(2));
        assertThat(coFavoritesOf(amelie)).containsExactly(Map.entry(delicatessen, 2L));

        data.unfavorite(fan, amelie);
        recomputeAllDue();
        assertThat(coFavoritesOf(amelie)).containsExactly(Map.entry(delicatessen, 1L));
        assertThat(coFavoritesOf(delicatessen)).containsExactly(Map.entry(amelie, 1L));
    }

    @Test
    void aFanFavoritingAnotherTitleChangesTheCoFavoritesOfEverythingTheyFavorite() throws SQLException {
        UUID genre = data.genre("nb-" + UUID.randomUUID().toString().substring(0, 8));
        UUID amelie = data.film("Amélie", "PUBLISHED", genre, null);
        UUID delicatessen = data.film("Delicatessen", "PUBLISHED", genre, null);
        UUID alien = data.film("Alien", "PUBLISHED", genre, null);
        UUID fan = data.viewer();
        data.favorite(fan, amelie, delicatessen);
        recomputeAllDue();

        data.favorite(fan, alien);
        recomputeAllDue();

        assertThat(coFavoritesOf(amelie)).as("Amélie's own audience did not change, its fan's favorites did")
                .containsOnly(Map.entry(alien, 1L), Map.entry(delicatessen, 1L));
    }

    @Test
    void nothingIsDueOnceEveryChangeIsRecomputed() {
        recomputeAllDue();

        assertThat(coFavorites.recomputeDue(200)).isEqualTo(new CoFavoritesRefresh.Recomputed(0));
    }

    @Test
    void oneInstanceAtATime() throws SQLException {
        try (Connection other = TestDatabase.openConnection(); Statement sql = other.createStatement()) {
            other.setAutoCommit(false);
            sql.execute("SELECT pg_advisory_xact_lock(hashtextextended('title-co-favorites-refresh', 0))");

            assertThat(coFavorites.recomputeDue(200)).isEqualTo(new CoFavoritesRefresh.AlreadyRunning());
            other.rollback();
        }
        assertThat(coFavorites.recomputeDue(200)).isInstanceOf(CoFavoritesRefresh.Recomputed.class);
    }

    /** Runs rounds as the job does, until one finds fewer due titles than it may take. */
    void recomputeAllDue() {
        CoFavoritesRefresh round;
        do {
            round = coFavorites.recomputeDue(200);
        } while (round instanceof CoFavoritesRefresh.Recomputed recomputed && recomputed.titles() == 200);
    }

    private static Map<UUID, Long> coFavoritesOf(UUID title) throws SQLException {
        Map<UUID, Long> kept = new LinkedHashMap<>();
        try (Connection connection = TestDatabase.openConnection();
             PreparedStatement sql = connection.prepareStatement("SELECT co_favorite_id, together FROM title_co_favorites"
                     + " WHERE title_id = ? ORDER BY together DESC, co_favorite_id")) {
            sql.setObject(1, title);
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    kept.put(rows.getObject(1, UUID.class), rows.getLong(2));
                }
            }
        }
        return kept;
    }
}
