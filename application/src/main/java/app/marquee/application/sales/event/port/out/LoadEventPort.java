package app.marquee.application.sales.event.port.out;

import app.marquee.domain.sales.event.Event;
import app.marquee.domain.sales.event.EventId;

import java.util.Optional;

/** Reads events as stored, whoever owns them: the services decide who may see or change one. */
public interface LoadEventPort {
    Optional<Event> byId(EventId id);
}
