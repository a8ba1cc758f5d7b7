package app.marquee.domain.payment;

/**
 * Why the card's issuer (or the provider on its behalf) refused a charge. The buyer can act on it:
 * use another card, check the details typed, or confirm the payment with the bank. Trying the same
 * card again as it is will not help, unlike a {@link PaymentResult.Failed} that is retryable.
 */
public enum DeclineReason {
    /** The issuer said no without a reason it shares (Stripe's {@code generic_decline}, among others). */
    CARD_DECLINED,
    INSUFFICIENT_FUNDS,
    EXPIRED_CARD,
    INCORRECT_CVC,
    /** Reported lost or stolen: the buyer is told only that the card was declined. */
    LOST_OR_STOLEN_CARD,
    /** The provider's fraud screening blocked it. */
    SUSPECTED_FRAUD,
    /** The issuer asks the buyer to authenticate (3-D Secure), which this flow cannot do. */
    AUTHENTICATION_REQUIRED,
    /** The provider cannot take this card here (an unsupported network, or a card it was not given a token for). */
    CARD_NOT_SUPPORTED
}
