package app.marquee.application.identity.service;

import app.marquee.application.identity.port.out.ThrottledRequestsPort;
import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.EmailAddress;
import app.marquee.domain.identity.token.RequestThrottle;
import app.marquee.domain.shared.Rejection;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts e-mail-sending requests per kind and address in the caller's transaction, under a lock
 * on that pair ({@link ThrottledRequestsPort}), and refuses one past its {@link RequestThrottle}
 * with TOO_MANY_REQUESTS and the time to wait; an allowed request is recorded.
 */
@Singleton
public class MailRequestLimit {
    public static final String VERIFICATION_RESEND = "VERIFICATION_RESEND";
    public static final String PASSWORD_RESET = "PASSWORD_RESET";
    private final ThrottledRequestsPort requests;

    public MailRequestLimit(ThrottledRequestsPort requests) {
        this.requests = requests;
    }

    Optional<Rejection> take(String kind, RequestThrottle throttle, EmailAddress address, Instant now) {
        Optional<Duration> wait = throttle.waitBeforeNext(
                requests.lockAndListSince(kind, address.value(), now.minus(throttle.window())), now);
        if (wait.isPresent()) {
            return Optional.of(Rejection.of(IdentityRejection.TOO_MANY_REQUESTS).withRetryAfter(wait.get()));
        }
        requests.record(kind, address.value(), now);
        return Optional.empty();
    }
}
