package app.marquee.application.sales.hold.port.out;

import app.marquee.domain.sales.hold.Hold;
import app.marquee.domain.shared.Outcome;

import java.time.Instant;

/**
 * Stores a hold its buyer gave back (RELEASED, {@code ended_at = now}), deleting its seat claims and
 * giving its area places back, only if it is still ACTIVE in the store: HOLD_NOT_ACTIVE otherwise
 * (paid, lapsed or released meanwhile), with nothing written.
 */
public interface ReleaseHoldPort {
    Outcome<Hold> release(Hold released, Instant now);
}
