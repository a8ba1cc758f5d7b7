package app.marquee.domain.sales.venue;

/**
 * What kind of place a seat is. Price tiers apply per kind, and best-available never hands a
 * WHEELCHAIR or COMPANION seat to a buyer who did not ask for that kind.
 */
public enum SeatKind {
    STANDARD,
    PREMIUM,
    WHEELCHAIR,
    COMPANION
}
