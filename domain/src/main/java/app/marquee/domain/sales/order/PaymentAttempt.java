package app.marquee.domain.sales.order;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.payment.IdempotencyKey;
import app.marquee.domain.payment.Money;
import app.marquee.domain.payment.card.CardSummary;
import app.marquee.domain.sales.hold.HoldId;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One attempt to pay for a hold: an order request (a caller's Idempotency-Key) paying a hold's total
 * with a card. Its id is derived from the caller, the request's key and the hold, so the request
 * asked again (a retry after a provider outage, or a takeover after a crash) finds the same attempt,
 * and the provider's idempotency key, derived from the attempt, makes the provider answer the first
 * result instead of charging twice. Only one attempt per hold is in progress at a time
 * ({@code payments_one_pending_per_hold}). A total of zero is never an attempt.
 */
public record PaymentAttempt(UUID id, HoldId hold, AccountId buyer, Money amount, CardSummary card,
                             Instant startedAt) {
    /** Every refund's provider key starts so, followed by the refund's row id. */
    public static final String REFUND_KEY_PREFIX = "marquee-refund-";
    private static final String REFERENCE_PREFIX = "Marquee hold ";

    public PaymentAttempt {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(hold, "hold");
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(startedAt, "startedAt");
        if (amount.isZero()) {
            throw new IllegalArgumentException("nothing to pay: a total of zero never reaches a provider");
        }
    }

    public static PaymentAttempt forRequest(AccountId buyer, IdempotencyKey requestKey, HoldId hold, Money amount,
                                            CardSummary card, Instant now) {
        UUID id = UUID.nameUUIDFromBytes((buyer + "|" + hold + "|" + requestKey).getBytes(StandardCharsets.UTF_8));
        return new PaymentAttempt(id, hold, buyer, amount, card, now);
    }

    /** What the provider is asked under: the same for every try of this attempt, on any instance. */
    public IdempotencyKey providerKey() {
        return new IdempotencyKey("marquee-payment-" + id);
    }

    /** The provider's key of a refund: derived from the refund's own row, so asking again never refunds twice. */
    public static IdempotencyKey refundKey(UUID refund) {
        return new IdempotencyKey(REFUND_KEY_PREFIX + refund);
    }

    /** The reference the provider shows beside the charge. */
    public String reference() {
        return REFERENCE_PREFIX + hold;
    }

    /** The hold a charge's {@link #reference()} names; empty for any other text. */
    public static Optional<HoldId> holdOfReference(String reference) {
        if (reference == null || !reference.startsWith(REFERENCE_PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new HoldId(UUID.fromString(reference.substring(REFERENCE_PREFIX.length()))));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
