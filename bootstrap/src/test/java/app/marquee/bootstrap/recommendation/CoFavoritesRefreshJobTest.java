package app.marquee.bootstrap.recommendation;

import app.marquee.application.recommendation.port.in.RefreshCoFavoritesUseCase;
import app.marquee.domain.recommendation.CoFavoritesRefresh;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Queue;

import static app.marquee.application.recommendation.port.in.RefreshCoFavoritesUseCase.BATCH;
import static org.assertj.core.api.Assertions.assertThat;

class CoFavoritesRefreshJobTest {

    @Test
    void aRoundGoesOnBatchAfterBatchUntilOneComesBackShort() {
        Rounds rounds = new Rounds(recomputed(BATCH), recomputed(BATCH), recomputed(7), recomputed(BATCH));

        new CoFavoritesRefreshJob(rounds).run();

        assertThat(rounds.left()).as("the fourth batch waits for the next round").hasSize(1);
    }

    @Test
    void aRoundStopsWhenAnotherInstanceIsDoingTheWork() {
        Rounds rounds = new Rounds(recomputed(BATCH), new CoFavoritesRefresh.AlreadyRunning(), recomputed(BATCH));

        new CoFavoritesRefreshJob(rounds).run();

        assertThat(rounds.left()).hasSize(1);
    }

    @Test
    void aBatchThatFailsEndsTheRoundAndTheNextRoundCarriesOn() {
        Rounds rounds = new Rounds(recomputed(BATCH), null, recomputed(3));
        CoFavoritesRefreshJob job = new CoFavoritesRefreshJob(rounds);

        job.run();
        assertThat(rounds.left()).hasSize(1);
        job.run();
        assertThat(rounds.left()).isEmpty();
    }

    private static CoFavoritesRefresh recomputed(int titles) {
        return new CoFavoritesRefresh.Recomputed(titles);
    }

    /** Answers the batches it was given, in order; a null one fails as a rolled-back batch does. */
    private static final class Rounds implements RefreshCoFavoritesUseCase {
        private final Queue<Optional<CoFavoritesRefresh>> answers;

        Rounds(CoFavoritesRefresh... answers) {
            this.answers = new ArrayDeque<>(Arrays.stream(answers).map(Optional::ofNullable).toList());
        }

        @Override
        public CoFavoritesRefresh refreshNextBatch() {
            Optional<CoFavoritesRefresh> next = answers.remove();
            return next.orElseThrow(() -> new IllegalStateException("deadlock detected"));
        }

        List<Optional<CoFavoritesRefresh>> left() {
            return List.copyOf(answers);
        }
    }
}
