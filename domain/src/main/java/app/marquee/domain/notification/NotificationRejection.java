package app.marquee.domain.notification;

/** Why a notification request was refused. Each name is a stable API error code. */
public enum NotificationRejection {
    /** No outbox message has this id. */
    NOTIFICATION_NOT_FOUND,
    /** A SENT message cannot be queued again: it was delivered. */
    NOTIFICATION_ALREADY_SENT,
    /**
     * A PENDING message a dispatcher holds a live claim on is being sent right now: queuing it again
     * would send it twice. Asked again once its lease is over, it can be queued.
     */
    NOTIFICATION_IN_FLIGHT,
    /** The link or offer the message carries ran out ({@code expiresAt} passed): sending it now helps nobody. */
    NOTIFICATION_EXPIRED,
    /** Order confirmations by SMS need a phone number on the account. */
    SMS_NEEDS_PHONE,
    /** At least one channel (e-mail or SMS) carries order confirmations. */
    NO_CHANNEL_CHOSEN,
    /** The phone number is not a valid number (for the region it was read in). */
    PHONE_NUMBER_INVALID
}
