package app.marquee.domain.identity.token;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Keeps one address from being flooded with e-mails it did not want, and the mail server from
 * being used as a weapon: at most {@code max} requests of one kind per address within
 * {@code window}; the next is allowed once the oldest of those leaves the window. It counts
 * requests for unknown addresses too, so its answer never tells whether an account exists.
 */
public record RequestThrottle(int max, Duration window) {
    /** Verification e-mails asked again (the welcome e-mail does not count). */
    public static final RequestThrottle VERIFICATION_RESENDS = new RequestThrottle(3, Duration.ofHours(1));
    /** Password-reset e-mails asked for one address. */
    public static final RequestThrottle PASSWORD_RESETS = new RequestThrottle(3, Duration.ofHours(1));

    public RequestThrottle {
        if (max < 1 || window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a throttle allows one request at least, over some time");
        }
    }

    /**
     * @param earlier earlier requests of this kind for one address, any order; those outside the window are ignored
     * @return how long to wait, or empty when a request is allowed now
     */
    public Optional<Duration> waitBeforeNext(List<Instant> earlier, Instant now) {
        Instant windowStart = now.minus(window);
        List<Instant> recent = earlier.stream().filter(at -> at.isAfter(windowStart)).sorted().toList();
        if (recent.size() < max) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, recent.get(recent.size() - max).plus(window)));
    }
}
