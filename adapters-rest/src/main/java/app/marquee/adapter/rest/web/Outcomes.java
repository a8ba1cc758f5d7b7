package app.marquee.adapter.rest.web;

import app.marquee.adapter.rest.problem.RejectedException;
import app.marquee.domain.shared.Outcome;

/** Unwraps a use case's outcome; a rejection becomes the problem response for its code. */
public final class Outcomes {
    private Outcomes() {
    }

    public static <T> T accepted(Outcome<T> outcome) {
        return outcome.orElseThrow(RejectedException::new);
    }
}
