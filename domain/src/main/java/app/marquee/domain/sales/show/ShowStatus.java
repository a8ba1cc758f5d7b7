package app.marquee.domain.sales.show;

/**
 * Where a show stands for buyers. Only DRAFT, ON_SALE and CANCELLED are stored; PAST (the show
 * has ended) and SOLD_OUT (on sale with no place left) are read from the clock and the
 * inventory, so they can never disagree with them.
 */
public enum ShowStatus {
    DRAFT,
    ON_SALE,
    SOLD_OUT,
    CANCELLED,
    PAST
}
