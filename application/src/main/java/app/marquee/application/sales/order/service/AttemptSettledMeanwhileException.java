package app.marquee.application.sales.order.service;

import app.marquee.domain.sales.order.PaymentAttempt;

/**
 * The capture being ticketed was settled meanwhile by another try of the same request (a takeover),
 * the settling job or the provider's webhook: thrown by {@link OrderMaking#make} so the transaction
 * rolls back, nothing ticketed twice; whoever settled it owns its outcome.
 */
public class AttemptSettledMeanwhileException extends RuntimeException {
    public AttemptSettledMeanwhileException(PaymentAttempt attempt) {
        super("attempt " + attempt.id() + " was settled meanwhile", null, false, false);
    }
}
