package app.marquee.domain.sales;

/**
 * Why the sales engine (venues, seat maps, events, screenings, shows, holds, orders, tickets,
 * refunds) refused something. Each name is a stable API error code; a code shared with another
 * context keeps the same meaning and HTTP status everywhere.
 */
public enum SalesRejection {
    CONCURRENT_UPDATE
}
