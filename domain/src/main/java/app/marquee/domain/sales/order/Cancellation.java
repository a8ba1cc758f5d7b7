package app.marquee.domain.sales.order;

import app.marquee.domain.payment.Money;

import java.time.Instant;
import java.util.Objects;

/** When and by whom an order was cancelled, and what was refunded (never more than was paid). */
public record Cancellation(CancelledBy by, Instant at, Money refunded) {
    public Cancellation {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(refunded, "refunded");
    }
}
