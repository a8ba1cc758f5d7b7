package app.marquee.application.sales.event.port.in;

import app.marquee.domain.sales.event.Editor;
import app.marquee.domain.sales.event.Event;
import app.marquee.domain.sales.event.EventDetails;
import app.marquee.domain.sales.event.TourId;
import app.marquee.domain.shared.Outcome;

import java.util.Objects;
import java.util.Optional;

/**
 * An operator announces an event: a DRAFT they own, that nobody else sees until it goes on sale,
 * in one of their tours if they say so (TOUR_NOT_FOUND for a tour of another organiser).
 */
public interface AnnounceEventUseCase {
    Outcome<Event> announce(Command command);

    record Command(EventDetails details, Editor owner, Optional<TourId> tour) {
        public Command {
            Objects.requireNonNull(details, "details");
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(tour, "tour");
        }
    }
}
