package app.marquee.domain.payment;

/**
 * Whether a payment provider's webhook call may be believed. Only {@link #AUTHENTIC} lets its event
 * change anything; every other verdict means the call is ignored (and answered 400), because anyone
 * can reach a webhook URL.
 */
public enum WebhookVerdict {
    AUTHENTIC,
    /** No signature header, or one without a timestamp or without a signature of the expected scheme. */
    SIGNATURE_MISSING,
    /** A timestamp that is not a number. */
    SIGNATURE_MALFORMED,
    /** Signed too long ago (or too far ahead): a replay, or a clock far off. */
    TIMESTAMP_OUTSIDE_TOLERANCE,
    /** No signature matches the payload under the endpoint's secret. */
    SIGNATURE_MISMATCH,
    /** No endpoint secret is configured, so no webhook can be believed. */
    NOT_CONFIGURED
}
