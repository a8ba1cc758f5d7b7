package app.marquee.domain.sales.hold;

/** A PURCHASE hold is one a buyer placed; an OFFER is reserved for the next on a waiting list. */
public enum HoldKind {
    PURCHASE,
    OFFER
}
