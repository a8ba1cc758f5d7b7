package app.marquee.domain.sales.order;

/** Who called an order off: its buyer (refunded by the refund policy) or the organiser (in full). */
public enum CancelledBy {
    BUYER,
    ORGANISER
}
