package app.marquee.application.sales.event.port.in;

import app.marquee.domain.sales.event.Editor;
import app.marquee.domain.sales.event.Event;
import app.marquee.domain.sales.event.Tour;
import app.marquee.domain.sales.event.TourId;
import app.marquee.domain.shared.Outcome;

import java.util.List;

/**
 * Tours as their organisers see them: one with its events (TOUR_NOT_FOUND to another organiser),
 * or the list of one's own (an ADMIN's list holds every tour).
 */
public interface ViewTourQuery {
    Outcome<TourWithEvents> view(TourId id, Editor reader);

    List<Tour> list(Editor reader);

    record TourWithEvents(Tour tour, List<Event> events) {
        public TourWithEvents {
            events = List.copyOf(events);
        }
    }
}
