package app.marquee.application.sales.event.port.in;

import app.marquee.application.sales.event.port.in.ViewEventQuery.Reader;
import app.marquee.application.shared.image.ServedImage;
import app.marquee.domain.sales.event.EventId;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.image.ImageSlot;

/**
 * An event's poster or backdrop, to serve to whoever may see the event (as {@link ViewEventQuery}:
 * EVENT_NOT_FOUND otherwise); IMAGE_NOT_FOUND for an empty slot. Only an event anybody may see
 * (ON_SALE) has pictures that shared caches may keep.
 */
public interface EventImageQuery {
    Outcome<ServedImage> image(EventId id, ImageSlot slot, Reader reader);
}
