package app.marquee.application.sales.show.port.in;

import app.marquee.domain.sales.event.Editor;
import app.marquee.domain.sales.event.EventId;
import app.marquee.domain.sales.show.PerOrderLimit;
import app.marquee.domain.sales.show.PriceTier;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.sales.venue.VenueId;
import app.marquee.domain.shared.Outcome;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The organiser of an event adds a date at a venue, as a DRAFT: EVENT_NOT_FOUND for an event they
 * may not change, EVENT_CANCELLED, VENUE_NOT_FOUND, AREA_NOT_FOUND for a tier naming an area the
 * venue's map does not have, SHOW_TIMES_INVALID naming the field.
 */
public interface ScheduleShowUseCase {
    Outcome<Show> schedule(Command command);

    record Command(EventId event, Editor editor, VenueId venue, Instant startsAt, Optional<Instant> endsAt,
                   List<PriceTier> tiers, Optional<Instant> salesOpenAt, Optional<Instant> salesCloseAt,
                   PerOrderLimit perOrderLimit) {
        public Command {
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(editor, "editor");
            Objects.requireNonNull(venue, "venue");
            Objects.requireNonNull(startsAt, "startsAt");
            Objects.requireNonNull(endsAt, "endsAt");
            tiers = List.copyOf(tiers);
            Objects.requireNonNull(salesOpenAt, "salesOpenAt");
            Objects.requireNonNull(salesCloseAt, "salesCloseAt");
            Objects.requireNonNull(perOrderLimit, "perOrderLimit");
            if (tiers.isEmpty()) {
                throw new IllegalArgumentException("a show is sold at one price tier at least");
            }
        }
    }
}
