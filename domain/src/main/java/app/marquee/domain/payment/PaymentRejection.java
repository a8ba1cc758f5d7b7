package app.marquee.domain.payment;

/**
 * Why a payment could not even be asked of a provider. Each name is a stable API error code: a card
 * the buyer typed wrongly is refused here, before any charge, and a refund above what was captured
 * is refused before any money moves back.
 */
public enum PaymentRejection {
    /** Not 12 to 19 digits, or the Luhn check digit is wrong. */
    CARD_NUMBER_INVALID,
    /** A month outside 1-12 or a year that no card carries. */
    CARD_EXPIRY_INVALID,
    /** The card's last valid month is over. */
    CARD_EXPIRED,
    /** Three digits (four for American Express) are expected. */
    CARD_CVC_INVALID,
    /** Empty, longer than 255 characters, or not printable ASCII. */
    IDEMPOTENCY_KEY_INVALID,
    /** This refund and the earlier ones together would exceed what was captured. */
    REFUND_EXCEEDS_CAPTURED,
    /** The card's issuer refused the charge; the problem names the {@link DeclineReason}. */
    PAYMENT_DECLINED,
    /** The provider could not take the payment and asking again will not help. */
    PAYMENT_FAILED,
    /** The provider did not answer (an outage, a timeout, a processing error): try again with the same key. */
    PAYMENT_PROVIDER_UNAVAILABLE,
    /** Another request is paying for this hold right now (with another Idempotency-Key). */
    PAYMENT_IN_PROGRESS,
    /** The Idempotency-Key was first used for another request (another hold or card). */
    IDEMPOTENCY_KEY_REUSED,
    /** A request with this Idempotency-Key is still running. */
    IDEMPOTENCY_KEY_IN_USE,
    /** A webhook call whose signature does not verify (missing, malformed, stale, or wrong): nothing is acted upon. */
    WEBHOOK_SIGNATURE_INVALID
}
