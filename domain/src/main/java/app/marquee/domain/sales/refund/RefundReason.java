package app.marquee.domain.sales.refund;

/** Why a refund quote says what it says. */
public enum RefundReason {
    /** Cancelled early enough for one of the policy's tiers. */
    NOTICE_TIER,
    /** Cancelled after the last tier's notice, before the show: nothing back. */
    TOO_LATE,
    /** The show has started: nothing back. */
    SHOW_STARTED,
    /** The organiser cancelled the show: everything back. */
    SHOW_CANCELLED
}
