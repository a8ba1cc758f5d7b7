package app.marquee.domain.notification;

import app.marquee.domain.notification.RetryPolicy.GiveUp;
import app.marquee.domain.notification.RetryPolicy.TryAgainAt;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryPolicyTest {
    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");
    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 8);

    @Test
    void theFirstRetryComesBetweenHalfTheBaseAndTheBase() {
        assertThat(waitAfter(1, 0.0)).isEqualTo(Duration.ofSeconds(15));
        assertThat(waitAfter(1, 0.999_999)).isBetween(Duration.ofMillis(29_999), Duration.ofSeconds(30));
    }

    @Test
    void theWaitDoublesWithEachAttempt() {
        assertThat(waitAfter(2, 0.0)).isEqualTo(Duration.ofSeconds(30));
        assertThat(waitAfter(3, 0.0)).isEqualTo(Duration.ofSeconds(60));
        assertThat(waitAfter(4, 0.5)).isEqualTo(Duration.ofSeconds(180));
    }

    @Test
    void theWaitNeverPassesTheCapHoweverManyAttempts() {
        RetryPolicy patient = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), Integer.MAX_VALUE);
        for (int attempts : new int[] {8, 9, 63, 64, 1000, Integer.MAX_VALUE - 1}) {
            TryAgainAt next = (TryAgainAt) patient.afterFailure(attempts, true, NOW, 0.999);
            assertThat(Duration.between(NOW, next.at())).as("after %d", attempts)
                    .isLessThanOrEqualTo(Duration.ofHours(1)).isGreaterThanOrEqualTo(Duration.ofMinutes(30));
        }
    }

    @Test
    void jitterSpreadsMessagesThatFailedTogether() {
        assertThat(waitAfter(3, 0.1)).isNotEqualTo(waitAfter(3, 0.9));
    }

    @Test
    void theLastAttemptGivesUp() {
        assertThat(policy.afterFailure(7, true, NOW, 0.5)).isInstanceOf(TryAgainAt.class);
        assertThat(policy.afterFailure(8, true, NOW, 0.5)).isInstanceOf(GiveUp.class);
    }

    @Test
    void aPermanentFailureGivesUpAtOnce() {
        assertThat(policy.afterFailure(1, false, NOW, 0.5)).isInstanceOf(GiveUp.class);
    }

    @Test
    void aSingleAttemptPolicyNeverRetries() {
        assertThat(new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), 1).afterFailure(1, true, NOW, 0.5))
                .isInstanceOf(GiveUp.class);
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> new RetryPolicy(Duration.ZERO, Duration.ofSeconds(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(2), Duration.ofSeconds(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> policy.afterFailure(0, true, NOW, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> policy.afterFailure(1, true, NOW, 1.0)).isInstanceOf(IllegalArgumentException.class);
    }

    private Duration waitAfter(int attempts, double jitter) {
        return Duration.between(NOW, ((TryAgainAt) policy.afterFailure(attempts, true, NOW, jitter)).at());
    }
}
