package app.marquee.domain.sales.checkin;

/** What the door is told about a scanned ticket code. Only VALID lets someone in. */
public enum CheckInResult {
    /** First entry with this ticket: it is recorded now. */
    VALID,
    /** The ticket got someone in already; the verdict says when. */
    ALREADY_USED,
    /** Not a ticket code, a bad signature, or no such ticket. */
    FORGED,
    /** A genuine ticket for another show. */
    WRONG_SHOW,
    /** A genuine ticket whose order was cancelled: it no longer gets anyone in. */
    CANCELLED,
    /** The door staff named the person presenting it, and that is not the ticket's holder. */
    WRONG_HOLDER
}
