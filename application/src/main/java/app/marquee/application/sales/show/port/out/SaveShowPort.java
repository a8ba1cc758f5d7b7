package app.marquee.application.sales.show.port.out;

import app.marquee.domain.sales.show.Show;
import app.marquee.domain.shared.Outcome;

/**
 * Stores shows with their price tiers. A status change applies only at the version the show was
 * read at (CONCURRENT_UPDATE otherwise, also for the loser of two writers racing).
 */
public interface SaveShowPort {
    Show add(Show show);

    Outcome<Show> updateLifecycle(Show show);
}
