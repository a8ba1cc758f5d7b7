package app.marquee.domain.sales.hold;

/**
 * ACTIVE until the buyer pays (CONVERTED), gives it up or replaces it (RELEASED), or its time runs
 * out (EXPIRED). An ACTIVE hold whose {@code expiresAt} has passed is already dead: it blocks no
 * one, even before the expiry job marks it EXPIRED.
 */
public enum HoldState {
    ACTIVE,
    CONVERTED,
    RELEASED,
    EXPIRED
}
