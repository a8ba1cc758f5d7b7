package app.marquee.domain.sales;

/**
 * Why the sales engine (venues, seat maps, events, screenings, shows, holds, orders, tickets,
 * refunds) refused something. Each name is a stable API error code; a code shared with another
 * context keeps the same meaning and HTTP status everywhere.
 */
public enum SalesRejection {
    CONCURRENT_UPDATE,
    // venues and seat maps
    VENUE_NOT_FOUND,
    VERSION_MISMATCH,
    INVALID_CURSOR,
    VENUE_IN_USE,
    SEATS_IN_USE,
    SEAT_MAP_EMPTY,
    SEAT_MAP_TOO_LARGE,
    CINEMA_ROOM_NEEDS_SEATS,
    SECTION_NAME_DUPLICATE,
    AREA_NAME_DUPLICATE,
    ROW_RANGE_INVALID,
    SEAT_RANGE_INVALID,
    SEAT_REFERENCE_INVALID,
    SEAT_OUTSIDE_LAYOUT,
    // seating, events, screenings
    NOT_ENOUGH_ADJACENT_SEATS,
    EVENT_NOT_FOUND,
    TOUR_NOT_FOUND,
    EVENT_CANCELLED,
    SCREENING_OVERLAP,
    // shows and their sale
    SHOW_NOT_FOUND,
    /** The show is still a draft: its sale has not been opened. */
    SHOW_NOT_ON_SALE,
    SHOW_CANCELLED,
    /** The show has ended: nothing about it can be sold any more. */
    SHOW_PAST,
    SALES_WINDOW_NOT_OPEN,
    SALES_WINDOW_CLOSED,
    /** A price tier was named that the show does not have. */
    TIER_NOT_FOUND,
    // holds
    /** A hold request with no item. */
    HOLD_EMPTY,
    /** The same seat twice in one hold request. */
    DUPLICATE_SEAT,
    /** More places than the show's per-order maximum, every item counted. */
    PER_ORDER_LIMIT_EXCEEDED,
    /** A seat the show's seat map does not have; the rejection lists the unknown seats. */
    SEAT_NOT_FOUND,
    /** A general-admission area the show's seat map does not have. */
    AREA_NOT_FOUND,
    /** The tier does not apply to the seat's kind or to the area. */
    TIER_NOT_APPLICABLE,
    /** Seats already held or sold; the rejection lists them. */
    SEATS_UNAVAILABLE,
    /** Fewer places left in the area than asked; the rejection names the area. */
    AREA_SOLD_OUT,
    HOLD_NOT_FOUND,
    HOLD_EXPIRED,
    /** The hold was released, converted into an order or expired: it cannot be used again. */
    HOLD_NOT_ACTIVE,
    // orders and tickets
    ORDER_NOT_FOUND,
    ORDER_ALREADY_CANCELLED,
    /** Too late to cancel: the refund policy gives nothing back now. */
    NOT_REFUNDABLE,
    TICKET_NOT_FOUND,
    // promo codes
    PROMO_CODE_UNKNOWN,
    PROMO_CODE_NOT_YET_VALID,
    PROMO_CODE_EXPIRED,
    /** The code has been used as many times as its cap allows. */
    PROMO_CODE_EXHAUSTED,
    /** This buyer has used the code as many times as it allows one person. */
    PROMO_CODE_USER_LIMIT_REACHED,
    /** The code belongs to another event. */
    PROMO_CODE_OTHER_EVENT,
    /** A fixed-amount code in another currency than the show's prices. */
    PROMO_CODE_CURRENCY_MISMATCH,
    /** The event already has a code with this text (compared upper case). */
    PROMO_CODE_DUPLICATE,
    /** A code's validity must open before it closes. */
    PROMO_CODE_WINDOW_INVALID,
    // waiting lists
    /** Only a sold-out show has a waiting list. */
    SHOW_NOT_SOLD_OUT,
    ALREADY_ON_WAITING_LIST,
    NOT_ON_WAITING_LIST,
    /**
     * The places asked for came back while people wait for them: they go to the waiting list first
     * (a hold may take only what the line does not need).
     */
    PLACES_KEPT_FOR_WAITING_LIST,
    // scheduling shows
    /**
     * A show's times do not hold together: it starts in the future, ends after it starts, and its
     * sale opens before it closes, by the show's end at the latest. The field names the culprit.
     */
    SHOW_TIMES_INVALID,
    /** A screening is scheduled in a CINEMA_ROOM only. */
    VENUE_NOT_A_CINEMA_ROOM,
    /** A 3D screening in a room whose equipment does not list THREE_D. */
    ROOM_NOT_EQUIPPED_FOR_3D,
    /** A revision would leave a screening to come in a room unfit for it (no longer a cinema room, or no 3D). */
    VENUE_HAS_SCREENINGS,
    /** The film has no runtime in the catalog, so its screening's end cannot be computed. */
    TITLE_RUNTIME_UNKNOWN,
    // best available
    /** Fewer free seats of the tier's kinds than asked for, side by side or not. */
    NOT_ENOUGH_SEATS
}
