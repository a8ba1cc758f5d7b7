package app.marquee.domain.sales.event;

/**
 * Where an event stands for buyers: the organiser's {@link EventStatus} (DRAFT, ON_SALE,
 * CANCELLED), with an event on sale told SOLD_OUT or PAST from its shows
 * ({@link EventStandingPolicy}). Never stored, so it never disagrees with the shows.
 */
public enum EventStanding {
    DRAFT,
    ON_SALE,
    SOLD_OUT,
    CANCELLED,
    PAST
}
