package app.marquee.domain.sales.integrity;

/** The rules a show's books keep; each name is stable in the integrity report. */
public enum CheckName {
    /** Valid tickets and live holds together never exceed the capacity, of the show nor of any area. */
    NOT_OVERSOLD,
    /** No seat has two valid tickets. */
    SEAT_SOLD_AT_MOST_ONCE,
    /** Every seat claim marked sold is a valid seat ticket's, and the other way round. */
    SEAT_CLAIMS_MATCH_TICKETS,
    /** Each area's taken places are its own valid tickets plus the places of its own ACTIVE holds. */
    AREA_STOCK_MATCHES,
    /** Valid tickets are exactly the places of the paid orders; a cancelled order has none. */
    TICKETS_MATCH_PAID_ORDERS,
    /** Every order that costs something was paid by a captured payment of its total. */
    EVERY_ORDER_PAID,
    /** Every captured payment made an order, or was refunded in full. */
    EVERY_PAYMENT_TICKETED_OR_REFUNDED,
    /** Captured less refunded (done or on its way) is what the orders keep. */
    MONEY_BALANCES
}
