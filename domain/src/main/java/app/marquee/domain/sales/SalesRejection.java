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
    SCREENING_OVERLAP
}
