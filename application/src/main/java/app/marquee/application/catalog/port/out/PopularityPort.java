package app.marquee.application.catalog.port.out;

import app.marquee.domain.catalog.popularity.PopularityPolicy;
import app.marquee.domain.catalog.popularity.PopularityRefresh;

import java.time.Instant;

/**
 * Recomputes every title's popularity from the library's signals by the policy's weights, all at
 * once: a title whose signals are gone goes back to 0, and a title whose score did not change is
 * not written. Finished viewings count when last watched at or after {@code viewedSince}. The
 * store lets one caller at a time do it, across instances, until the caller's transaction ends;
 * another gets {@code AlreadyRunning} at once rather than waiting to redo the same work.
 */
public interface PopularityPort {
    PopularityRefresh refresh(PopularityPolicy policy, Instant viewedSince);
}
