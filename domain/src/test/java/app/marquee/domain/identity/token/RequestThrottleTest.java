package app.marquee.domain.identity.token;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RequestThrottleTest {
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private final RequestThrottle throttle = new RequestThrottle(3, Duration.ofHours(1));

    @Test
    void requestsUnderTheLimitPass() {
        assertThat(throttle.waitBeforeNext(List.of(NOW.minusSeconds(60), NOW.minusSeconds(30)), NOW)).isEmpty();
    }

    @Test
    void theNextRequestWaitsUntilTheOldestLeavesTheWindow() {
        List<Instant> earlier = List.of(NOW.minusSeconds(30), NOW.minus(Duration.ofMinutes(40)), NOW.minusSeconds(60));

        assertThat(throttle.waitBeforeNext(earlier, NOW)).contains(Duration.ofMinutes(20));
    }

    @Test
    void requestsOutsideTheWindowDoNotCount() {
        List<Instant> earlier = List.of(NOW.minus(Duration.ofHours(2)), NOW.minusSeconds(60), NOW.minusSeconds(30));

        assertThat(throttle.waitBeforeNext(earlier, NOW)).isEmpty();
    }
}
