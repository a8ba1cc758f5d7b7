package app.marquee.domain.notification;

/** Why a notification request was refused. Each name is a stable API error code. */
public enum NotificationRejection {
    /** No outbox message has this id. */
    NOTIFICATION_NOT_FOUND,
    /** A SENT message cannot be queued again: it was delivered. */
    NOTIFICATION_ALREADY_SENT,
    /** Order confirmations by SMS need a phone number on the account. */
    SMS_NEEDS_PHONE,
    /** At least one channel (e-mail or SMS) carries order confirmations. */
    NO_CHANNEL_CHOSEN,
    /** The phone number is not a valid number (for the region it was read in). */
    PHONE_NUMBER_INVALID
}
