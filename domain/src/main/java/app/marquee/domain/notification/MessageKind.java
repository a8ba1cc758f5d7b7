package app.marquee.domain.notification;

/**
 * What a message tells its recipient. Each kind has one template per language and channel; the
 * name is stored with the message and shown to operators, so it never changes once released.
 */
public enum MessageKind {
    /** Welcome after registration, with the e-mail verification link. */
    WELCOME,
    /** A new e-mail verification link (a resend). */
    EMAIL_VERIFICATION,
    PASSWORD_RESET,
    /** An order paid: show, seats, ticket numbers and codes. */
    ORDER_CONFIRMED,
    /** A refund sent back to the card: a cancellation by the buyer. */
    ORDER_REFUNDED,
    /** A payment confirmed after its hold lapsed, refunded automatically, never ticketed. */
    LATE_PAYMENT_REFUNDED,
    /** The organiser cancelled the show; the order is refunded in full. */
    SHOW_CANCELLED,
    /** Places offered to a waiting-list entrant, with the offer's deadline. */
    WAITLIST_OFFER,
    TWO_FACTOR_ENABLED,
    TWO_FACTOR_DISABLED
}
