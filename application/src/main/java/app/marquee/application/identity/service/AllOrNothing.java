package app.marquee.application.identity.service;

import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;

import java.util.function.Supplier;

/**
 * Runs a use case's writes in one transaction that commits only if the outcome is accepted: a
 * rejection met half-way (a token spent by another request, an account changed meanwhile) rolls
 * back what was already written, so a refused request leaves nothing behind.
 */
@Singleton
public class AllOrNothing {
    private final UnitOfWork unitOfWork;

    public AllOrNothing(UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    public <T> Outcome<T> run(Supplier<Outcome<T>> work) {
        try {
            return unitOfWork.run(() -> {
                Outcome<T> outcome = work.get();
                if (!outcome.isAccepted()) {
                    throw new Refused(outcome);
                }
                return outcome;
            });
        } catch (Refused refused) {
            @SuppressWarnings("unchecked")
            Outcome<T> outcome = (Outcome<T>) refused.outcome;
            return outcome;
        }
    }

    /** Unchecked, so the transaction rolls back; never leaves this class. */
    private static final class Refused extends RuntimeException {
        private final transient Outcome<?> outcome;

        Refused(Outcome<?> outcome) {
            super(null, null, false, false);
            this.outcome = outcome;
        }
    }
}
