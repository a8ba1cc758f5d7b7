package app.marquee.domain.identity.session;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTest {
    private static final Instant NOW = Instant.parse("2026-04-01T10:00:00Z");

    @Test
    void allowsAnAttemptWithNoFailures() {
        assertThat(SignInThrottle.waitBeforeNextAttempt(List.of(), NOW)).isEmpty();
    }

    @Test
    void allowsAnAttemptAfterFourFailures() {
        assertThat(SignInThrottle.waitBeforeNextAttempt(minutesAgo(4, 3, 2, 1), NOW)).isEmpty();
    }

    @Test
    void throttlesTheAttemptAfterFiveFailuresWithinFifteenMinutes() {
        assertThat(SignInThrottle.waitBeforeNextAttempt(minutesAgo(10, 8, 6, 4, 2), NOW))
                .contains(Duration.ofMinutes(5));
    }

    @Test
    void computesTheWaitFromTheOldestCountedFailureWhateverTheOrder() {
        assertThat(SignInThrottle.waitBeforeNextAttempt(minutesAgo(2, 12, 6, 4, 8), NOW))
                .contains(Duration.ofMinutes(3));
    }

    @Test
    void ignoresFailuresOlderThanFifteenMinutes() {
        assertThat(SignInThrottle.waitBeforeNextAttempt(minutesAgo(40, 16, 4, 3, 2, 1), NOW)).isEmpty();
    }

    @Test
    void aFailureExactlyFifteenMinutesOldNoLongerCounts() {
        assertThat(SignInThrottle.waitBeforeNextAttempt(minutesAgo(15, 4, 3, 2, 1), NOW)).isEmpty();
        assertThat(SignInThrottle.waitBeforeNextAttempt(
                List.of(NOW.minus(Duration.ofMinutes(15)).plusMillis(1), at(4), at(3), at(2), at(1)), NOW))
                .contains(Duration.ofMillis(1));
    }

    @Test
    void withMoreThanFiveFailuresWaitsUntilFewerThanFiveRemain() {
        List<Instant> seven = minutesAgo(14, 13, 12, 11, 10, 9, 8);

        Duration wait = SignInThrottle.waitBeforeNextAttempt(seven, NOW).orElseThrow();

        assertThat(wait).isEqualTo(Duration.ofMinutes(3));
        assertThat(SignInThrottle.waitBeforeNextAttempt(seven, NOW.plus(wait).minusMillis(1))).isPresent();
        assertThat(SignInThrottle.waitBeforeNextAttempt(seven, NOW.plus(wait))).isEmpty();
    }

    @Test
    void unlocksOnceTheOldestOfFiveFailuresLeavesTheWindow() {
        List<Instant> five = minutesAgo(10, 8, 6, 4, 2);

        assertThat(SignInThrottle.waitBeforeNextAttempt(five, NOW.plus(Duration.ofMinutes(5)).minusSeconds(1)))
                .contains(Duration.ofSeconds(1));
        assertThat(SignInThrottle.waitBeforeNextAttempt(five, NOW.plus(Duration.ofMinutes(5)))).isEmpty();
    }

    private static List<Instant> minutesAgo(long... minutes) {
        return java.util.Arrays.stream(minutes).mapToObj(SignInThrottleTest::at).toList();
    }

    private static Instant at(long minutesAgo) {
        return NOW.minus(Duration.ofMinutes(minutesAgo));
    }
}
