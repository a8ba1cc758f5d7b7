package app.marquee.application.sales.settlement;

/** What settling a PENDING payment attempt came to. */
public enum Settled {
    /** Captured, and its hold became an order with tickets. */
    ORDER_MADE,
    /** Captured, but its hold could no longer become an order: refunded in full. */
    REFUNDED,
    /** The provider did not take the money (declined or failed for good): recorded. */
    NOT_PAID,
    /** The provider cannot tell yet: asked again later. */
    STILL_PENDING,
    /** Someone else (the request itself, another instance, an earlier webhook) settled it first. */
    ALREADY_SETTLED
}
