package app.marquee.adapter.payment.fake;

import app.marquee.domain.payment.IdempotencyKey;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The fake's memory of what it answered, by idempotency key, as Stripe keeps its own: the same key
 * with the same request gets the first reply again; the same key with another request gets
 * {@code onMismatch}. Bounded (the oldest keys are forgotten first) and per JVM: it is not what
 * guarantees "never twice" across instances; the order side keeps its keys in the database.
 */
final class RememberedReplies<R> {
    private final Map<IdempotencyKey, Remembered<R>> replies;

    RememberedReplies(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.replies = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<IdempotencyKey, Remembered<R>> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * The reply for {@code key}: computed once (under a lock, so two concurrent calls with one key
     * get one reply), remembered, and given again while remembered. {@code fingerprint} says what
     * was asked, without any card number.
     */
    synchronized R once(IdempotencyKey key, String fingerprint, Supplier<R> reply, R onMismatch) {
        Remembered<R> remembered = replies.get(key);
        if (remembered == null) {
            remembered = new Remembered<>(fingerprint, reply.get());
            replies.put(key, remembered);
        }
        return remembered.fingerprint().equals(fingerprint) ? remembered.reply() : onMismatch;
    }

    /** The reply remembered for {@code key}, without asking anything. */
    synchronized java.util.Optional<R> remembered(IdempotencyKey key) {
        return java.util.Optional.ofNullable(replies.get(key)).map(Remembered::reply);
    }

    synchronized int size() {
        return replies.size();
    }

    private record Remembered<R>(String fingerprint, R reply) {
    }
}
