package app.marquee.application.sales.screening;

import app.marquee.domain.sales.screening.Projection;
import app.marquee.domain.sales.screening.ScreeningVersion;
import app.marquee.domain.sales.show.Show;

import java.util.Objects;

/**
 * A screening as the box office shows it: the show (film, room, times, price tiers) with its
 * language version and projection, and the places left. Until holds and tickets exist nothing is
 * sold, so {@code remainingSeats} is the capacity of the room's map (seats plus area places).
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
