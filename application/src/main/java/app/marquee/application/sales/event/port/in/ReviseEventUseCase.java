package app.marquee.application.sales.event.port.in;

import app.marquee.domain.sales.event.Editor;
import app.marquee.domain.sales.event.Event;
import app.marquee.domain.sales.event.EventDetails;
import app.marquee.domain.sales.event.EventId;
import app.marquee.domain.sales.event.TourId;
import app.marquee.domain.shared.Outcome;

import java.util.Objects;
import java.util.Optional;

/**
 * The owner (or an ADMIN) rewrites an event and the tour it belongs to: EVENT_NOT_FOUND for anyone
 * else, EVENT_CANCELLED, TOUR_NOT_FOUND for a tour of another organiser, VERSION_MISMATCH when
 * the version expected is not the current one, CONCURRENT_UPDATE for the loser of a race.
 */
public interface ReviseEventUseCase {
    Outcome<Event> revise(Command command);

    record Command(EventId id, Editor editor, Optional<Long> expectedVersion, EventDetails details,
                   Optional<TourId> tour) {
        public Command {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(editor, "editor");
            Objects.requireNonNull(expectedVersion, "expectedVersion");
            Objects.requireNonNull(details, "details");
            Objects.requireNonNull(tour, "tour");
        }
    }
}
