package app.marquee.application.sales.event.port.out;

import app.marquee.domain.sales.event.Event;
import app.marquee.domain.shared.Outcome;

/**
 * Stores events. An update applies only at the version the event was read at (CONCURRENT_UPDATE
 * otherwise, also for the loser of two writers racing) and returns the event at its next version.
 */
public interface SaveEventPort {
    Event add(Event event);

    Outcome<Event> update(Event event);
}
