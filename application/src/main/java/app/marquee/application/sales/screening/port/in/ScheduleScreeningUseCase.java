package app.marquee.application.sales.screening.port.in;

import app.marquee.application.sales.screening.ScreeningView;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.sales.screening.Projection;
import app.marquee.domain.sales.screening.ScreeningVersion;
import app.marquee.domain.sales.show.PriceTier;
import app.marquee.domain.sales.venue.VenueId;
import app.marquee.domain.shared.Outcome;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An operator schedules a published film in a cinema room; it goes on sale at once. Its end is
 * start + trailers + runtime + cleaning. TITLE_NOT_FOUND (not a published film), VENUE_NOT_FOUND,
 * VENUE_NOT_A_CINEMA_ROOM, TITLE_RUNTIME_UNKNOWN, SHOW_TIMES_INVALID (a start in the past),
 * SCREENING_OVERLAP naming the screening in the way.
 */
public interface ScheduleScreeningUseCase {
    Outcome<ScreeningView> schedule(Command command);

    record Command(TitleId title, VenueId room, Instant startsAt, ScreeningVersion version, Projection projection,
                   List<PriceTier> tiers) {
        public Command {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(room, "room");
            Objects.requireNonNull(startsAt, "startsAt");
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(projection, "projection");
            tiers = List.copyOf(tiers);
            if (tiers.isEmpty()) {
                throw new IllegalArgumentException("a screening is sold at one price tier at least");
            }
        }
    }
}
