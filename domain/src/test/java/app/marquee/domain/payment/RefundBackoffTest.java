package app.marquee.domain.payment;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RefundBackoffTest {
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private final RefundBackoff backoff = new RefundBackoff(Duration.ofSeconds(30), Duration.ofHours(1));

    @Test
    void waitsTwiceAsLongAfterEachFailure() {
        assertThat(backoff.nextTry(1, NOW)).isEqualTo(NOW.plusSeconds(30));
        assertThat(backoff.nextTry(2, NOW)).isEqualTo(NOW.plusSeconds(60));
        assertThat(backoff.nextTry(4, NOW)).isEqualTo(NOW.plusSeconds(240));
    }

    @Test
    void neverWaitsLongerThanTheLongest() {
        assertThat(backoff.nextTry(8, NOW)).isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThat(backoff.nextTry(1_000_000, NOW)).isEqualTo(NOW.plus(Duration.ofHours(1)));
    }

    @Test
    void followsOnlyAFailureAndWaitsAPositiveTime() {
        assertThatThrownBy(() -> backoff.nextTry(0, NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RefundBackoff(Duration.ZERO, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RefundBackoff(Duration.ofHours(2), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
