package app.marquee.domain.payment;

import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;

import java.util.Objects;

/**
 * The key that makes a charge or a refund happen at most once: asking again with the same key
 * returns the first answer and never moves money a second time. Up to 255 printable ASCII
 * characters, as Stripe accepts in its {@code Idempotency-Key} header (a UUID is typical).
 */
public record IdempotencyKey(String value) {
    public static final int MAX_LENGTH = 255;

    public IdempotencyKey {
        Objects.requireNonNull(value, "value");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("an idempotency key is 1 to 255 printable ASCII characters");
        }
    }

    /** A key as a client sent it: a malformed one is IDEMPOTENCY_KEY_INVALID, not an exception. */
    public static Outcome<IdempotencyKey> parse(String value) {
        if (value == null || !isWellFormed(value)) {
            return Outcome.rejected(Rejection.onField(PaymentRejection.IDEMPOTENCY_KEY_INVALID, "Idempotency-Key"));
        }
        return Outcome.accepted(new IdempotencyKey(value));
    }

    private static boolean isWellFormed(String value) {
        return !value.isEmpty() && value.length() <= MAX_LENGTH
                && value.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }

    @Override
    public String toString() {
        return value;
    }
}
