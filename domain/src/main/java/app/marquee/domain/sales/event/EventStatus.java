package app.marquee.domain.sales.event;

/**
 * Where an event stands as its organiser decides it: a DRAFT nobody else sees, ON_SALE, or
 * CANCELLED for good. SOLD_OUT and PAST are not kept here: they follow from the event's shows.
 */
public enum EventStatus {
    DRAFT,
    ON_SALE,
    CANCELLED
}
