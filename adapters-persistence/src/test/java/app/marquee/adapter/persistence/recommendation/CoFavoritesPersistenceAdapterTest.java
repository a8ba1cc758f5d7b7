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
 * The kept co-favorites: recomputed for the titles whose audience changed, strongest first, up to
 * date after every change once the job has run again, and one instance at a time.
 */
@MicronautTest(transactional = false)
class CoFavoritesPersistenceAdapterTest extends DatabaseTest {
    @Inject
    CoFavoritesPersistenceAdapter coFavorites;

    private final ViewingData data = new ViewingData();

    @Test
    void aTitlesNeighboursAreTheTitlesItsFansFavoriteMostStrongestFirst() throws SQLException {
        UUID genre = data.genre("nb-" + UUID.randomUUID().toString().substring(0, 8));
        UUID amelie = data.film("Amélie", "PUBLISHED", genre, null);
        UUID delicatessen = data.film("Delicatessen", "PUBLISHED", genre, null);
        UUID alien = data.film("Alien", "PUBLISHED", genre, null);
        for (int i = 0; i < 3; i++) {
            data.favorite(data.viewer(), amelie, delicatessen);
        }
        data.favorite(data.viewer(), amelie, alien);

        recomputeAllDue();

        assertThat(neighboursOf(amelie)).containsExactly(Map.entry(delicatessen, 3L), Map.entry(alien, 1L));
        assertThat(neighboursOf(alien)).containsExactly(Map.entry(amelie, 1L));
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
        assertThat(neighboursOf(amelie)).containsExactly(Map.entry(delicatessen, 2L));

        data.unfavorite(fan, amelie);
        recomputeAllDue();
        assertThat(neighboursOf(amelie)).containsExactly(Map.entry(delicatessen, 1L));
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
            sql.execute("SELECT pg_advisory_xact_lock(hashtextextended('title-neighbours-refresh', 0))");

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

    private static Map<UUID, Long> neighboursOf(UUID title) throws SQLException {
        Map<UUID, Long> neighbours = new LinkedHashMap<>();
        try (Connection connection = TestDatabase.openConnection();
             PreparedStatement sql = connection.prepareStatement("SELECT neighbour_id, together FROM title_neighbours"
                     + " WHERE title_id = ? ORDER BY together DESC, neighbour_id")) {
            sql.setObject(1, title);
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    neighbours.put(rows.getObject(1, UUID.class), rows.getLong(2));
                }
            }
        }
        return neighbours;
    }
}
