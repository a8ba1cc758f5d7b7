package app.marquee.application.sales.screening.port.out;

import app.marquee.application.sales.screening.ScreeningFilter;
import app.marquee.application.sales.screening.ScreeningView;
import app.marquee.domain.sales.screening.Projection;
import app.marquee.domain.sales.screening.Screening;
import app.marquee.domain.sales.screening.ScreeningVersion;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.sales.show.ShowId;
import app.marquee.domain.sales.venue.VenueId;
import app.marquee.domain.shared.Outcome;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Objects;

/**
 * Screenings as stored shows. The store guarantees what the schedule decides: of two screenings
 * overlapping in one room, written at once by two instances, the second is refused with the same
 * SCREENING_OVERLAP naming the one in the way (an exclusion constraint, waited on, never a 500).
 */
public interface ScreeningsPort {
    /** The screenings of the room, not cancelled, that hold it at some time in [from, to). */
    List<Screening> inRoomBetween(VenueId room, Instant from, Instant to);

    Outcome<Show> add(Show screening, ScreeningVersion version, Projection projection);

    /**
     * At most {@code max} screenings that are not cancelled, matching the filter, by start then id, after
     * {@code after} when given, each with its places left at {@code now} (see {@code RemainingPlacesPort});
     * without a date, those not over by then.
     */
    List<ScreeningView> list(ScreeningFilter filter, Optional<ScreeningCursor> after, int max, Instant now);

    /** Where a page of screenings ended: the last one's start and id. */
    record ScreeningCursor(Instant startsAt, ShowId id) {
        public ScreeningCursor {
            Objects.requireNonNull(startsAt, "startsAt");
            Objects.requireNonNull(id, "id");
        }
    }
}
