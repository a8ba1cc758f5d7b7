package app.marquee.application.sales.venue.port.in;

import app.marquee.domain.sales.venue.SeatMapChange;
import app.marquee.domain.sales.venue.SeatMapPlan;
import app.marquee.domain.sales.venue.VenueId;
import app.marquee.domain.shared.Outcome;

import java.util.Objects;
import java.util.Optional;

/**
 * An operator replaces a venue's seat map with one drawn from compact layouts. Seats and areas
 * that keep their label keep their id; removing one that a future show still uses is refused with
 * SEATS_IN_USE, naming them. With an expected version, a venue changed since is VERSION_MISMATCH.
 */
public interface RedrawSeatMapUseCase {
    Outcome<SeatMapChange> redraw(Command command);

    record Command(VenueId id, Optional<Long> expectedVersion, SeatMapPlan plan) {
        public Command {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(expectedVersion, "expectedVersion");
            Objects.requireNonNull(plan, "plan");
        }
    }
}
