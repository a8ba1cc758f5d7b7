package app.marquee.application.sales.venue.port.in;

import app.marquee.domain.sales.venue.Venue;
import app.marquee.domain.sales.venue.VenueDetails;
import app.marquee.domain.sales.venue.VenueId;
import app.marquee.domain.shared.Outcome;

import java.util.Objects;
import java.util.Optional;

/**
 * An operator rewrites a venue's name, address, time zone, kind or equipment. With an expected
 * version (the client's If-Match), a venue changed since is refused with VERSION_MISMATCH.
 */
public interface ReviseVenueUseCase {
    Outcome<Venue> revise(Command command);

    record Command(VenueId id, Optional<Long> expectedVersion, VenueDetails details) {
        public Command {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(expectedVersion, "expectedVersion");
            Objects.requireNonNull(details, "details");
        }
    }
}
