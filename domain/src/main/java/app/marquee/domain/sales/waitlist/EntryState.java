package app.marquee.domain.sales.waitlist;

/**
 * WAITING in line, OFFERED places for a limited time, then SERVED (the offer was bought), LAPSED
 * (the offer ran out unused and passed on) or LEFT (the entrant gave up their place in line).
 */
public enum EntryState {
    WAITING,
    OFFERED,
    SERVED,
    LAPSED,
    LEFT;

    /** Still in line or holding an offer: one such entry per person per show. */
    public boolean isOpen() {
        return this == WAITING || this == OFFERED;
    }
}
