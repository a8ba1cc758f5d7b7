package app.marquee.application.sales.order.port.out;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.payment.IdempotencyKey;
import app.marquee.domain.sales.order.OrderId;
import app.marquee.domain.sales.order.OrderRequestKey;
import app.marquee.domain.sales.order.RecordedRefusal;
import app.marquee.domain.sales.order.RequestFingerprint;

import java.time.Instant;
import java.util.Optional;

/**
 * The Idempotency-Keys of order requests, per caller, in the database so that every instance
 * sees them: the first request claims a key ({@code INSERT ... ON CONFLICT DO NOTHING}, committed at
 * once, so of many concurrent requests exactly one claims it), runs, and records its outcome;
 * the others read what is kept and let {@link OrderRequestKey#verdictFor} decide.
 */
public interface OrderRequestKeysPort {
    /** Claims the key IN_PROGRESS for this request; empty when claimed, else the key as already kept. */
    Optional<OrderRequestKey> claim(AccountId caller, IdempotencyKey key, RequestFingerprint fingerprint, Instant now);

    /** The key as kept, without claiming it (a request that may not run still answers a replay). */
    Optional<OrderRequestKey> find(AccountId caller, IdempotencyKey key);

    /**
     * Takes over a stale IN_PROGRESS key, only if nobody touched it since {@code seenUpdatedAt}
     * (a conditional UPDATE): false when another request got there first.
     */
    boolean takeOver(AccountId caller, IdempotencyKey key, Instant seenUpdatedAt, Instant now);

    /*
     * The writes below change the key only while it is IN_PROGRESS with {@code claimed} as its
     * updated_at (when this request claimed it or took it over, a conditional UPDATE): a request
     * whose key was taken over since changes nothing, so never overwrites the newer one's.
     */

    /**
     * Lets go of the request's IN_PROGRESS key without forgetting it: it is kept, bound to its
     * request's fingerprint, but dated {@link OrderRequestKey#STALE_AFTER} back, so the same request
     * sent again takes it over at once while another body under it is IDEMPOTENCY_KEY_REUSED.
     */
    void release(AccountId caller, IdempotencyKey key, Instant claimed);

    /** DONE: the request made this order. */
    void fulfil(AccountId caller, IdempotencyKey key, Instant claimed, OrderId order, Instant now);

    /** DONE: the request was refused, and a replay is refused the same way. */
    void refuse(AccountId caller, IdempotencyKey key, Instant claimed, RecordedRefusal refusal, Instant now);

    /** Forgets DONE keys last used before {@code before} (kept at least 24 hours); how many. */
    int purgeDoneBefore(Instant before);

    /**
     * Forgets keys still IN_PROGRESS but silent since before {@code before}: released after a
     * retryable failure and never sent again, or left by a crashed instance. No request runs that
     * long; their payment attempts are the settling job's, and the same request sent later is a new
     * claim that finds its attempt again (never a second charge). How many.
     */
    int purgeAbandonedBefore(Instant before);
}
