package app.marquee.application.sales.screening;

import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.sales.venue.VenueId;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** Which screenings to list: on a date (in each room's own time zone), of a film, in a room, as many of these as given. */
public record ScreeningFilter(Optional<LocalDate> date, Optional<TitleId> title, Optional<VenueId> room) {
    public ScreeningFilter {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(room, "room");
    }
}
