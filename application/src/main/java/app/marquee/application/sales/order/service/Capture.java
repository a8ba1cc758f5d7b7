package app.marquee.application.sales.order.service;

import app.marquee.domain.payment.PaymentResult;
import app.marquee.domain.sales.order.PaymentAttempt;

import java.util.Objects;

/** Money the provider took for an attempt, waiting to become an order (or to be refunded). */
public record Capture(PaymentAttempt attempt, PaymentResult.Captured result) {
    public Capture {
        Objects.requireNonNull(attempt, "attempt");
        Objects.requireNonNull(result, "result");
    }
}
