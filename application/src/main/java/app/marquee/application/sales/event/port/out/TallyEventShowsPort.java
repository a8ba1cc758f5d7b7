package app.marquee.application.sales.event.port.out;

import app.marquee.domain.sales.event.EventId;
import app.marquee.domain.sales.event.ShowTally;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Counts each event's shows that are not cancelled at {@code now}: all of them, those not started,
 * and those not started with a place left (the places of {@code RemainingPlacesPort}), in one query
 * for all the events asked. An event with no such show is left out.
 */
public interface TallyEventShowsPort {
    Map<EventId, ShowTally> talliesAt(Collection<EventId> events, Instant now);
}
