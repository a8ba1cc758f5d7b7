package app.marquee.application.sales.hold.port.in;

import app.marquee.application.sales.event.port.in.ViewEventQuery.Reader;
import app.marquee.application.sales.hold.Availability;
import app.marquee.domain.sales.show.ShowId;
import app.marquee.domain.shared.Outcome;

/**
 * What is left of a show now: every seat AVAILABLE, HELD or SOLD (never by whom), the places left
 * per area and per tier. Seen by whoever may see the show (SHOW_NOT_FOUND for anyone else).
 */
public interface ShowAvailabilityQuery {
    Outcome<Availability> availability(ShowId show, Reader reader);
}
