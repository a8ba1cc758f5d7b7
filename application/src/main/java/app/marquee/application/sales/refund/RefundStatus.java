package app.marquee.application.sales.refund;

/**
 * Where a refund stands: PENDING until the provider took it (asked again by the refund dispatcher
 * after an outage), then SUCCEEDED, or FAILED when the provider refused it for good (a person must
 * look); NONE when nothing was to be refunded (an order whose total was zero).
 */
public enum RefundStatus {
    NONE,
    PENDING,
    SUCCEEDED,
    FAILED
}
