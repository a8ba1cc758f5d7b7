package app.marquee.domain.identity.session;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Slows down password guessing: after {@link #MAX_FAILURES} failed sign-ins for one e-mail
 * within {@link #WINDOW}, further attempts are refused until the oldest of those failures
 * leaves the window. It applies to every e-mail, known or not, so it reveals nothing.
 */
public final class SignInThrottle {
    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private SignInThrottle() {
    }

    /**
     * @param failures failed attempts for one e-mail, in any order; those outside the window are ignored
     * @return how long the caller must wait, or empty if an attempt is allowed now
     */
    public static Optional<Duration> waitBeforeNextAttempt(List<Instant> failures, Instant now) {
        Instant windowStart = now.minus(WINDOW);
        List<Instant> recent = failures.stream().filter(at -> at.isAfter(windowStart)).sorted().toList();
        if (recent.size() < MAX_FAILURES) {
            return Optional.empty();
        }
        Instant unlocksAt = recent.get(recent.size() - MAX_FAILURES).plus(WINDOW);
        return Optional.of(Duration.between(now, unlocksAt));
    }
}
