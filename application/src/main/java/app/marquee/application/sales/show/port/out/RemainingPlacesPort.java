package app.marquee.application.sales.show.port.out;

import app.marquee.domain.sales.show.ShowId;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * How many places each show can still sell at {@code now}: its seats with no valid ticket and no
 * live hold, plus what its areas have left. An area counts the places of holds that lapsed but were
 * not yet given back (the expiry job gives them back within its interval), so the figure may be low
 * for a moment, never high. Shows not found are left out.
 */
public interface RemainingPlacesPort {
    Map<ShowId, Long> remainingAt(Collection<ShowId> shows, Instant now);
}
