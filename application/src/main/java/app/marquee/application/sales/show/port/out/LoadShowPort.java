package app.marquee.application.sales.show.port.out;

import app.marquee.domain.sales.event.EventId;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.sales.show.ShowId;

import java.util.List;
import java.util.Optional;

/** Reads shows with their sale terms: one, or every date of an event in time order. */
public interface LoadShowPort {
    Optional<Show> byId(ShowId id);

    List<Show> ofEvent(EventId event);
}
