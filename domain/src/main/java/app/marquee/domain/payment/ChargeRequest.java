package app.marquee.domain.payment;

import app.marquee.domain.payment.card.Card;

import java.util.Objects;

/**
 * What a charge is: an amount of money taken at once from the buyer's card, under an idempotency key
 * so that asking twice never charges twice, with a reference (an order number) the provider shows
 * beside it. The amount is what the buyer was shown, in minor units, and never zero. Its
 * {@code toString()} shows the card only as brand and last four digits.
 */
public record ChargeRequest(IdempotencyKey idempotencyKey, Money amount, Card card, String reference) {
    public static final int MAX_REFERENCE_LENGTH = 200;

    public ChargeRequest {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(reference, "reference");
        if (amount.isZero()) {
            throw new IllegalArgumentException("nothing to charge: an amount of zero never reaches a provider");
        }
        if (reference.isBlank() || reference.length() > MAX_REFERENCE_LENGTH) {
            throw new IllegalArgumentException("a charge reference is 1 to 200 characters");
        }
    }
}
