package app.marquee.application.sales.waitlist.port.out;

import app.marquee.domain.sales.hold.HoldId;

import java.time.Instant;

/**
 * An OFFER hold was paid for: its entry becomes SERVED, in the order's transaction (only an
 * OFFERED entry; nothing happens for any other hold).
 */
public interface ServeWaitingEntryPort {
    void served(HoldId offerHold, Instant now);
}
