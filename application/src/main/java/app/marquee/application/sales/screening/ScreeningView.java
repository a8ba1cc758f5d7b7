package app.marquee.application.sales.screening;

import app.marquee.domain.sales.screening.Projection;
import app.marquee.domain.sales.screening.ScreeningVersion;
import app.marquee.domain.sales.show.Show;

import java.util.Objects;

/**
 * A screening as the box office shows it: the show (film, room, times, price tiers) with its
 * language version and projection, and the places left to sell: seats with neither a valid ticket
 * nor a live hold, plus what its areas have left (see {@code RemainingPlacesPort}).
 */
public record ScreeningView(Show show, ScreeningVersion version, Projection projection, long remainingSeats) {
    public ScreeningView {
        Objects.requireNonNull(show, "show");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(projection, "projection");
        if (remainingSeats < 0) {
            throw new IllegalArgumentException("remaining seats are not negative");
        }
    }
}
