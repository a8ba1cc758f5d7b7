package app.marquee.domain.sales.order;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.payment.IdempotencyKey;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An Idempotency-Key a caller sent with an order request, as kept: scoped to that caller, with the
 * first request's fingerprint, IN_PROGRESS while that request runs, then DONE with its outcome (the
 * order made, or the refusal). It decides what a later request with the same key gets
 * ({@link #verdictFor}): the same request once DONE is answered the recorded outcome and never
 * charged again; another request under the key is refused; a request still running blocks the
 * second, unless it has been silent for longer than {@link #STALE_AFTER} (its instance crashed),
 * in which case the second takes it over.
 */
public record OrderRequestKey(AccountId caller, IdempotencyKey key, RequestFingerprint fingerprint, State state,
                              Optional<OrderId> order, Optional<RecordedRefusal> refusal, Instant updatedAt) {
    /** A request runs for seconds (a provider call is held to 30 s); one silent this long has died. */
    public static final Duration STALE_AFTER = Duration.ofMinutes(1);

    public enum State { IN_PROGRESS, DONE }

    /** What a request carrying an already-known key gets. */
    public enum Verdict {
        /** The same request, done: answer the recorded outcome. */
        REPLAY,
        /** Another request under the same key: IDEMPOTENCY_KEY_REUSED. */
        REUSED,
        /** The same request, still running elsewhere: IDEMPOTENCY_KEY_IN_USE. */
        IN_USE,
        /** The same request, abandoned by a crashed instance: carry on with it. */
        TAKE_OVER
    }

    public OrderRequestKey {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(refusal, "refusal");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (state == State.DONE && order.isPresent() == refusal.isPresent()) {
            throw new IllegalArgumentException("a done request made an order or was refused, one of the two");
        }
    }

    public Verdict verdictFor(RequestFingerprint request, Instant now) {
        if (!fingerprint.equals(request)) {
            return Verdict.REUSED;
        }
        if (state == State.DONE) {
            return Verdict.REPLAY;
        }
        return now.isBefore(updatedAt.plus(STALE_AFTER)) ? Verdict.IN_USE : Verdict.TAKE_OVER;
    }
}
