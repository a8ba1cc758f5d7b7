package app.marquee.application.sales.venue.port.in;

import app.marquee.domain.sales.venue.Venue;
import app.marquee.domain.sales.venue.VenueDetails;

import java.util.Objects;

/** An operator opens a venue; its seat map is drawn afterwards. */
public interface CreateVenueUseCase {
    Venue create(Command command);

    record Command(VenueDetails details) {
        public Command {
            Objects.requireNonNull(details, "details");
        }
    }
}
