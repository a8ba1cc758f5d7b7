package app.marquee.application.sales.hold.port.out;

import app.marquee.domain.shared.Rejection;

/**
 * The store refused a write another transaction made impossible since the domain decided: seats
 * claimed meanwhile (SEATS_UNAVAILABLE), an area emptied (AREA_SOLD_OUT), or a row changed or a
 * deadlock (CONCURRENT_UPDATE, {@link #retryable()}: the same request may simply run again).
 * Thrown, not returned, so that the transaction rolls back whole; the use case turns it into its rejection.
 */
public final class HoldRaceLostException extends RuntimeException {
    private final transient Rejection rejection;
    private final boolean retryable;

    public HoldRaceLostException(Rejection rejection, boolean retryable) {
        super(rejection.toString(), null, false, false);
        this.rejection = rejection;
        this.retryable = retryable;
    }

    public Rejection rejection() {
        return rejection;
    }

    public boolean retryable() {
        return retryable;
    }
}
