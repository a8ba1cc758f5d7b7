package app.marquee.application.sales.event.port.in;

import app.marquee.domain.sales.event.Editor;
import app.marquee.domain.sales.event.Event;
import app.marquee.domain.sales.event.Tour;
import app.marquee.domain.sales.event.TourId;
import app.marquee.domain.shared.Outcome;

import java.util.List;
import java.util.Optional;

/**
 * Tours as their organisers see them: one with its events (TOUR_NOT_FOUND to another organiser),
 * or the list of one's own (an ADMIN's list holds every tour).
 */
public interface ViewTourQuery {
    Outcome<TourWithEvents> view(TourId id, Editor reader);

    /** One page of the reader's tours by name; INVALID_CURSOR when {@code after} is not a cursor this query issued. */
    Outcome<TourPage> list(Editor reader, Optional<String> after, int limit);

    /** {@code nextAfter} is the cursor of the next page, empty on the last. */
    record TourPage(List<Tour> items, Optional<String> nextAfter) {
        public TourPage {
            items = List.copyOf(items);
        }
    }

    record TourWithEvents(Tour tour, List<Event> events) {
        public TourWithEvents {
            events = List.copyOf(events);
        }
    }
}
