package app.marquee.application.sales.checkin.service;

import app.marquee.application.sales.event.port.out.LoadEventPort;
import app.marquee.application.sales.show.port.out.LoadShowPort;
import app.marquee.domain.identity.account.Role;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.event.EventOwnership;
import app.marquee.domain.sales.event.Editor;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.sales.show.ShowId;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;

/**
 * Who may check tickets in at a show's door: for an event's date, its organiser (the event's
 * owner) or an ADMIN; for a screening, the box office (any OPERATOR or ADMIN). Anyone else is told
 * SHOW_NOT_FOUND, as for a show that does not exist, so organisers cannot probe each other's shows.
 */
@Singleton
public class DoorKeepers {
    private final LoadShowPort shows;
    private final LoadEventPort events;

    public DoorKeepers(LoadShowPort shows, LoadEventPort events) {
        this.shows = shows;
        this.events = events;
    }

    public Outcome<Show> showFor(ShowId id, Editor doorman) {
        return shows.byId(id).filter(show -> show.event()
                        .map(event -> events.byId(event)
                                .filter(e -> EventOwnership.mayEdit(e.owner(), doorman.account(), doorman.role()))
                                .isPresent())
                        .orElse(doorman.role() == Role.OPERATOR || doorman.role() == Role.ADMIN))
                .<Outcome<Show>>map(Outcome::accepted).orElse(Outcome.rejected(SalesRejection.SHOW_NOT_FOUND));
    }
}
