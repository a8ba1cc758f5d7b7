package app.marquee.domain.sales.order;

/** PAID when created (an order exists only once its payment is captured); CANCELLED with its refund. */
public enum OrderState {
    PAID,
    CANCELLED
}
