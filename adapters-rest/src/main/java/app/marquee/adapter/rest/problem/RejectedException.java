package app.marquee.adapter.rest.problem;

import app.marquee.domain.shared.Rejection;

/** Carries a use case's rejection from a controller to {@link RejectedRoute}. */
public final class RejectedException extends RuntimeException {
    private final transient Rejection rejection;

    public RejectedException(Rejection rejection) {
        super(rejection.code(), null, false, false);
        this.rejection = rejection;
    }

    public Rejection rejection() {
        return rejection;
    }
}
